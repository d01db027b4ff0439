// Two people at two workstations edit one guide on a team server that goes
// down in the middle of their work and comes back. The workstations are two
// processes, as on two computers: this one (ana) and a second copy of this
// program (cy), started with its own home folder, so each has its own
// settings and its own offline journal, and driven through its standard input.
// Both type on through the outage; once the server is back the guide holds
// every person's words, both screens show them, and the change feed names who
// saved what. Then cy quits while the server is down and starts again later:
// the edits kept on cy's computer come in, merged with what ana saved meanwhile.

#include "document/guidedocument.h"
#include "editor/guideeditor.h"
#include "editor/markdownedit.h"
#include "editor/partpage.h"
#include "guisupport.h"
#include "store/team.h"
#include "store/workspace.h"
#include "testbackend.h"
#include "testsupport.h"
#include "ui_overviewform.h"
#include "widgets/elidedlabel.h"
#include "window/mainwindow.h"
#include "window/teamstatus.h"

#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <cstdio>
#include <unistd.h>

using namespace almanac;

namespace {

const QString slug = QStringLiteral("crispr-gene-editing");
const char peerUrlVariable[] = "ALMANAC_PEER_URL";

QString asPerson(const QString &url, const QString &person)
{
    QUrl u(url);
    u.setUserName(person);
    return u.toString();
}

// What a person sees of the guide: the words of the parts this test types in.
QString shownText(GuideEditor *e)
{
    const Guide &g = e->document()->guide();
    QStringList parts{g.tldr};
    for (const Section &s : g.sections)
        parts << s.body;
    return parts.join(u'\n');
}

// Types at the start or the end of a part's words, as a person at the keyboard.
void typeInto(GuideEditor *e, const QString &part, int row, bool atStart, const QString &text)
{
    QPlainTextEdit *edit = nullptr;
    if (part == QLatin1String("tldr")) {
        e->tabs()->setCurrentIndex(0);
        edit = e->overview()->tldrEdit;
    } else {
        PartPage *sections = e->page(Part::Sections);
        e->tabs()->setCurrentWidget(sections);
        sections->setCurrentRow(row);
        edit = qobject_cast<MarkdownEdit *>(sections->detailEditor(QStringLiteral("body")));
    }
    if (!edit)
        qFatal("no editor for %s", qPrintable(part));
    edit->setFocus();
    edit->moveCursor(atStart ? QTextCursor::Start : QTextCursor::End);
    QTest::keyClicks(edit, text);
}

// ---------------------------------------------------------------------------
// The second workstation: this program started with ALMANAC_PEER_URL set. It
// opens the guide, then reads one command per line and answers each with one
// line ("ok …" or "fail …"):
//   type tldr|section ROW start|end TEXT    types there
//   await saved|offline|kept|online         waits (up to 30 s) for the state
//   shows TEXT                              waits until the guide shows TEXT
//   status                                  the team status line
//   quit                                    closes the window (keeping edits
//                                           kept offline) and exits
class PeerDesk : public QObject
{
public:
    int run()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QString error;
        if (!m_window->openWorkspace(qEnvironmentVariable(peerUrlVariable), &error) ||
            !m_window->showGuide(slug)) {
            say(QStringLiteral("fail ") + error);
            return 1;
        }
        say(QStringLiteral("ready"));
        auto *input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(input, &QSocketNotifier::activated, this, [this, input] {
            input->setEnabled(false);
            char chunk[4096];
            const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
            if (n <= 0) {
                QApplication::exit(2); // the test went away
                return;
            }
            m_pending.append(chunk, n);
            for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
                const QString line = QString::fromUtf8(m_pending.left(end));
                m_pending.remove(0, end + 1);
                say(perform(line));
            }
            input->setEnabled(true);
        });
        return QApplication::exec();
    }

private:
    static void say(const QString &line)
    {
        std::fputs(qPrintable(line + u'\n'), stdout);
        std::fflush(stdout);
    }

    bool waitFor(const std::function<bool()> &ready) { return QTest::qWaitFor(ready, 30000); }

    QString perform(const QString &line)
    {
        GuideEditor *e = m_window->currentEditor();
        const QStringList words = line.split(u' ');
        const QString command = words.value(0);
        if (command == QLatin1String("type") && words.size() >= 5) {
            typeInto(e, words[1], words[2].toInt(), words[3] == QLatin1String("start"),
                     words.mid(4).join(u' '));
            return QStringLiteral("ok");
        }
        if (command == QLatin1String("await")) {
            const QString what = words.value(1);
            const auto state = [this] { return m_window->saveStateLabel()->fullText(); };
            const auto status = [this] { return m_window->teamStatus()->fullText(); };
            std::function<bool()> ready;
            if (what == QLatin1String("saved"))
                ready = [e, state] { return e->isSaved() && state() == QLatin1String("Saved"); };
            else if (what == QLatin1String("kept"))
                ready = [state] {
                    return state().startsWith(QLatin1String("Not saved yet, kept on this computer"));
                };
            else if (what == QLatin1String("offline"))
                ready = [status] { return status().startsWith(QLatin1String("Server unreachable")); };
            else if (what == QLatin1String("online"))
                ready = [status] { return status().startsWith(QStringLiteral("cy · editor")); };
            else
                return QStringLiteral("fail no such state: ") + what;
            return waitFor(ready) ? QStringLiteral("ok")
                                  : QStringLiteral("fail still “%1” / “%2”").arg(state(), status());
        }
        if (command == QLatin1String("shows")) {
            const QString text = words.mid(1).join(u' ');
            return waitFor([e, text] { return shownText(e).contains(text); })
                       ? QStringLiteral("ok")
                       : QStringLiteral("fail shows “%1”").arg(shownText(e).replace(u'\n', u'|'));
        }
        if (command == QLatin1String("status"))
            return QStringLiteral("ok ") + m_window->teamStatus()->fullText();
        if (command == QLatin1String("quit")) {
            // Closing with edits the server has not taken asks what to do with them: keep them.
            test::whenModal<QMessageBox>([](QMessageBox *box) {
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == QLatin1String("Close and Keep Edits"))
                        b->click();
                }
            });
            if (!m_window->close())
                return QStringLiteral("fail the window stayed open");
            QTimer::singleShot(0, qApp, [] { QApplication::exit(0); });
            return QStringLiteral("ok");
        }
        return QStringLiteral("fail unknown command: ") + line;
    }

    std::unique_ptr<MainWindow> m_window;
    QByteArray m_pending;
};

// The test's handle on the second workstation.
class Peer
{
public:
    bool start(const QString &url, const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(peerUrlVariable), url);
        env.insert(QStringLiteral("HOME"), home); // another computer: its own settings and journal
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(), {});
        return m_process.waitForStarted() && reply(60000) == QLatin1String("ready");
    }

    QString ask(const QString &command)
    {
        m_process.write((command + u'\n').toUtf8());
        return reply(40000);
    }

    bool finished()
    {
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, 20000) &&
               m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    ~Peer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    // One line from the peer, this program's own window kept alive meanwhile.
    QString reply(int timeoutMs)
    {
        if (!QTest::qWaitFor(
                [this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
                timeoutMs))
            return QStringLiteral("fail no answer");
        return m_process.canReadLine() ? QString::fromUtf8(m_process.readLine()).trimmed()
                                       : QStringLiteral("fail the peer exited");
    }

    QProcess m_process;
};

} // namespace

class TestTeamOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bothDesksTypeThroughAnOutage();
    void editsKeptWhenQuittingOfflineComeBackAtTheNextStart();
    void cleanupTestCase();

private:
    Guide stored() const;
    bool anaSaved() const;

    QTemporaryDir m_homes;
    std::unique_ptr<test::OwnCluster> m_cluster;
    QString m_url;
    std::unique_ptr<MainWindow> m_ana;
    std::unique_ptr<Peer> m_cy;
};

Guide TestTeamOutage::stored() const
{
    QString error;
    auto ws = Workspace::open(m_url, &error);
    if (!ws)
        qFatal("%s", qPrintable(error));
    return ws->draft(slug)->guide;
}

bool TestTeamOutage::anaSaved() const
{
    return m_ana->currentEditor()->isSaved() && m_ana->saveStateLabel()->fullText() == QLatin1String("Saved");
}

void TestTeamOutage::initTestCase()
{
    // This desk's home too is a folder of its own: its journal is nobody else's.
    QVERIFY(m_homes.isValid());
    QDir(m_homes.path()).mkpath(QStringLiteral("ana"));
    QDir(m_homes.path()).mkpath(QStringLiteral("cy"));
    qputenv("HOME", m_homes.filePath(QStringLiteral("ana")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);

    m_cluster = std::make_unique<test::OwnCluster>();
    QVERIFY(!m_cluster->url().isEmpty());
    QUrl url(m_cluster->url());
    url.setPath(QStringLiteral("/newsroom"));
    m_url = url.toString();
    QString error;
    test::execOn(m_cluster->url(), QStringLiteral("CREATE DATABASE newsroom"));
    {
        auto ws = Workspace::create(m_url, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY2(team::init(*ws, &error), qPrintable(error));
        for (const QString &person : {QStringLiteral("ana"), QStringLiteral("cy")})
            QVERIFY2(team::addUser(*ws, person, QStringLiteral("editor"), &error), qPrintable(error));
        Guide g = test::demo(QStringLiteral("crispr.json"));
        QVERIFY(g.sections.size() >= 3);
        QVERIFY(ws->saveDraft(g, 0, QString()).ok());
    }

    m_ana = std::make_unique<MainWindow>();
    m_ana->resize(1200, 800);
    m_ana->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_ana.get()));
    QVERIFY2(m_ana->openWorkspace(asPerson(m_url, QStringLiteral("ana")), &error), qPrintable(error));
    QVERIFY(m_ana->showGuide(slug));
    m_cy = std::make_unique<Peer>();
    QVERIFY(m_cy->start(asPerson(m_url, QStringLiteral("cy")), m_homes.filePath(QStringLiteral("cy"))));
}

void TestTeamOutage::bothDesksTypeThroughAnOutage()
{
    GuideEditor *ana = m_ana->currentEditor();
    typeInto(ana, QStringLiteral("tldr"), 0, false, QStringLiteral(" Ana online."));
    QCOMPARE(m_cy->ask(QStringLiteral("type section 0 end Cy online.")), QStringLiteral("ok"));
    QCOMPARE(m_cy->ask(QStringLiteral("await saved")), QStringLiteral("ok"));
    QTRY_VERIFY_WITH_TIMEOUT(anaSaved(), 15000);

    // The server goes down in the middle of the work.
    QVERIFY(m_cluster->halt());
    QTRY_VERIFY_WITH_TIMEOUT(m_ana->teamStatus()->fullText().startsWith(QLatin1String("Server unreachable")),
                             15000);
    QCOMPARE(m_cy->ask(QStringLiteral("await offline")), QStringLiteral("ok"));

    // Both type on: in one field at either end, and in parts of their own.
    typeInto(ana, QStringLiteral("tldr"), 0, false, QStringLiteral(" Ana offline."));
    typeInto(ana, QStringLiteral("section"), 2, false, QStringLiteral(" Ana in the third section."));
    QCOMPARE(m_cy->ask(QStringLiteral("type tldr 0 start Cy first. ")), QStringLiteral("ok"));
    QCOMPARE(m_cy->ask(QStringLiteral("type section 1 end Cy offline.")), QStringLiteral("ok"));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_ana->saveStateLabel()->fullText().startsWith(QLatin1String("Not saved yet, kept on this computer")),
        15000);
    QCOMPARE(m_cy->ask(QStringLiteral("await kept")), QStringLiteral("ok"));
    test::shot(m_ana.get(), QStringLiteral("outage-ana-offline"));

    // Back: both save, the one through the three-way merge with the other's words.
    QVERIFY(m_cluster->resume());
    QTRY_VERIFY_WITH_TIMEOUT(m_ana->teamStatus()->fullText().startsWith(QStringLiteral("ana · editor")),
                             20000);
    QCOMPARE(m_cy->ask(QStringLiteral("await online")), QStringLiteral("ok"));
    QCOMPARE(m_cy->ask(QStringLiteral("await saved")), QStringLiteral("ok"));
    QTRY_VERIFY_WITH_TIMEOUT(anaSaved(), 20000);

    const QStringList everyonesWords{
        QStringLiteral("Cy first. "),    QStringLiteral(" Ana online."),
        QStringLiteral(" Ana offline."), QStringLiteral("Cy online."),
        QStringLiteral("Cy offline."),   QStringLiteral(" Ana in the third section.")};
    const Guide g = stored();
    QVERIFY2(g.tldr.startsWith(QLatin1String("Cy first. ")), qPrintable(g.tldr));
    QVERIFY2(g.tldr.endsWith(QLatin1String(" Ana online. Ana offline.")), qPrintable(g.tldr));
    QVERIFY(g.sections[0].body.endsWith(QLatin1String("Cy online.")));
    QVERIFY(g.sections[1].body.endsWith(QLatin1String("Cy offline.")));
    QVERIFY(g.sections[2].body.endsWith(QLatin1String(" Ana in the third section.")));
    // Both screens show every person's words, and nothing is held as a conflict.
    for (const QString &words : everyonesWords) {
        QTRY_VERIFY_WITH_TIMEOUT(shownText(ana).contains(words), 15000);
        QCOMPARE(m_cy->ask(QStringLiteral("shows ") + words.trimmed()), QStringLiteral("ok"));
    }
    QCOMPARE(m_ana->saveStateLabel()->fullText(), QStringLiteral("Saved"));

    // The change feed names who saved: the server's login roles, not what a program said.
    QString error;
    auto ws = Workspace::open(m_url, &error);
    QVERIFY2(ws, qPrintable(error));
    QSet<QString> savedBy;
    for (const Change &c : ws->changesSince(0)) {
        if (c.kind == QLatin1String("draft"))
            savedBy.insert(c.actor);
    }
    QVERIFY2(savedBy.contains(QStringLiteral("ana")) && savedBy.contains(QStringLiteral("cy")),
             qPrintable(QStringList(savedBy.begin(), savedBy.end()).join(u',')));
}

void TestTeamOutage::editsKeptWhenQuittingOfflineComeBackAtTheNextStart()
{
    QVERIFY(m_cluster->halt());
    QCOMPARE(m_cy->ask(QStringLiteral("await offline")), QStringLiteral("ok"));
    QCOMPARE(m_cy->ask(QStringLiteral("type section 2 start Cy before quitting. ")), QStringLiteral("ok"));
    QCOMPARE(m_cy->ask(QStringLiteral("await kept")), QStringLiteral("ok"));
    QCOMPARE(m_cy->ask(QStringLiteral("quit")), QStringLiteral("ok"));
    QVERIFY(m_cy->finished());
    m_cy.reset();

    // Ana's desk is back first and saves more words in the same section.
    QVERIFY(m_cluster->resume());
    GuideEditor *ana = m_ana->currentEditor();
    QTRY_VERIFY_WITH_TIMEOUT(m_ana->teamStatus()->fullText().startsWith(QStringLiteral("ana · editor")),
                             20000);
    typeInto(ana, QStringLiteral("section"), 2, false, QStringLiteral(" Ana while cy was away."));
    QTRY_VERIFY_WITH_TIMEOUT(anaSaved(), 20000);
    QVERIFY(!stored().sections[2].body.contains(QLatin1String("Cy before quitting.")));

    // Cy's workstation starts again: the edits kept on cy's computer are merged in and saved.
    m_cy = std::make_unique<Peer>();
    QVERIFY(m_cy->start(asPerson(m_url, QStringLiteral("cy")), m_homes.filePath(QStringLiteral("cy"))));
    QCOMPARE(m_cy->ask(QStringLiteral("shows Cy before quitting.")), QStringLiteral("ok"));
    QCOMPARE(m_cy->ask(QStringLiteral("shows Ana while cy was away.")), QStringLiteral("ok"));
    const QString status = m_cy->ask(QStringLiteral("status"));
    QVERIFY2(status.contains(QLatin1String("offline edits")), qPrintable(status));
    const QString body = stored().sections[2].body;
    QVERIFY2(body.startsWith(QLatin1String("Cy before quitting. ")), qPrintable(body));
    QVERIFY2(body.endsWith(QLatin1String(" Ana in the third section. Ana while cy was away.")),
             qPrintable(body));
    QTRY_VERIFY_WITH_TIMEOUT(shownText(ana).contains(QLatin1String("Cy before quitting.")), 15000);
    QVERIFY(anaSaved());
}

void TestTeamOutage::cleanupTestCase()
{
    if (m_cy) {
        QCOMPARE(m_cy->ask(QStringLiteral("quit")), QStringLiteral("ok"));
        QVERIFY(m_cy->finished());
        m_cy.reset();
    }
    m_ana.reset();
    test::closeConnectionTo(m_cluster->url());
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(peerUrlVariable)) {
        PeerDesk desk;
        return desk.run();
    }
    TestTeamOutage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamoutage.moc"
