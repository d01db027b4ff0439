// The workstation in German and in Arabic: the language chosen in Preferences
// (or the system's) is installed at start, the menus and dialogs speak it,
// Qt's own buttons too, and Arabic turns the whole window right to left. The
// Preferences dialog is driven by keyboard and mouse as a person would.

#include "document/guidedocument.h"
#include "editor/guideeditor.h"
#include "guisupport.h"
#include "history/commentanchors.h"
#include "history/commentdialog.h"
#include "settings/interfacelanguage.h"
#include "settings/preferencesdialog.h"
#include "window/mainwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace almanac;

namespace {

const char printLocaleVariable[] = "ALMANAC_PRINT_INTERFACE_LOCALE";

QStringList menuTitles(MainWindow *window)
{
    QStringList titles;
    for (QAction *a : window->menuBar()->actions())
        titles << a->text();
    return titles;
}

// The language this program would speak in an environment like that of a
// person whose system is set up so: asked of a copy of this test.
QString localeUnder(const QMap<QString, QString> &variables)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"),
                                QStringLiteral("LC_MESSAGES"), QStringLiteral("LANG")})
        env.remove(name);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QString::fromLatin1(printLocaleVariable), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(), {});
    if (!p.waitForFinished(30000))
        return QStringLiteral("(no answer)");
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Alt+letter keys that two controls of one page, or two entries of one menu,
// answer to: translated words choose their own letters. With
// ALMANAC_MNEMONIC_DUMP=FILE, every page's and menu's texts are also written
// to FILE (a page per line, its texts split by U+001F), to choose letters from.
QStringList mnemonicClashes(MainWindow *window)
{
    QList<QStringList> pages;
    QStringList found;
    QTabWidget *tabs = window->currentEditor()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        pages << test::mnemonicTexts(window);
        for (const QString &clash : test::mnemonicClashesAmong(pages.back()))
            found << tabs->tabText(i) + QStringLiteral(": ") + clash;
    }
    tabs->setCurrentIndex(0);
    for (QAction *a : window->menuBar()->actions()) {
        for (const auto &[title, texts] : test::menuTexts(a->menu())) {
            pages << texts;
            for (const QString &clash : test::mnemonicClashesAmong(texts))
                found << title + QStringLiteral(" ▸ ") + clash;
        }
    }
    // The dialogs a person types in: Preferences, a comment (with words offered
    // to quote) and a reply.
    PreferencesDialog preferences(window);
    CommentDialog comment(QStringLiteral("v1"),
                          commentanchors::of(window->currentEditor()->document()->guide()), 0, window);
    comment.setQuote(0, QStringLiteral("portable"));
    CommentDialog reply(QStringLiteral("v1"), QStringLiteral("Tighten this."), window);
    for (QDialog *dialog : std::initializer_list<QDialog *>{&preferences, &comment, &reply}) {
        dialog->show();
        QCoreApplication::processEvents();
        pages << test::mnemonicTexts(dialog);
        for (const QString &clash : test::mnemonicClashesAmong(pages.back()))
            found << dialog->windowTitle() + QStringLiteral(": ") + clash;
        dialog->hide();
    }
    QFile dump(qEnvironmentVariable("ALMANAC_MNEMONIC_DUMP"));
    if (!dump.fileName().isEmpty() && dump.open(QIODevice::Append)) {
        for (const QStringList &page : std::as_const(pages))
            dump.write(page.join(QChar(0x1f)).toUtf8() + '\n');
    }
    return found;
}

} // namespace

class TestInterfaceLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void germanWorkstation();
    void arabicTurnsTheWindowRightToLeft();
    void englishIsTheSource();
    void systemLanguageIsFollowed();
    void preferencesChooseTheLanguageAndName();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestInterfaceLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_demo = m_dir.filePath(QStringLiteral("demo.almanac"));
    QProcess demo;
    demo.start(QStringLiteral("bash"), {QStringLiteral(ALMANAC_SOURCE_DIR "/packaging/make-demo.sh"),
                                        QStringLiteral(ALMANAC_CLI_PATH), m_demo});
    QVERIFY(demo.waitForFinished(120000));
    QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
}

void TestInterfaceLanguage::cleanup()
{
    interfacelanguage::choose(QString());
    QSettings().remove(QStringLiteral("user/name"));
    interfacelanguage::install(qApp);
}

std::unique_ptr<MainWindow> TestInterfaceLanguage::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QString error;
    if (!window->openWorkspace(m_demo, &error) || !window->showGuide(QStringLiteral("webassembly")))
        qWarning("%s", qPrintable(error));
    return window;
}

void TestInterfaceLanguage::germanWorkstation()
{
    interfacelanguage::choose(QStringLiteral("de"));
    QCOMPARE(interfacelanguage::install(qApp).language(), QLocale::German);
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(
        menuTitles(window.get()).mid(0, 3),
        (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht")}));
    // A message of its own, with a plural form, in a part of the window made in code.
    GuideEditor *e = window->currentEditor();
    QVERIFY(e);
    QCOMPARE(QCoreApplication::translate("almanac::CommentMargin", "%n comment(s) on this text", nullptr, 2),
             QStringLiteral("2 Kommentare zu diesem Text"));
    QCOMPARE(QCoreApplication::translate("almanac::CommentMargin", "%n comment(s) on this text", nullptr, 1),
             QStringLiteral("1 Kommentar zu diesem Text"));
    // Qt's own buttons, where the system has Qt's translations (qt6-translations-l10n).
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Abbrechen"));
    }
    const QStringList clashes = mnemonicClashes(window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    QTest::qWait(1500); // the preview renders
    test::shot(window.get(), QStringLiteral("workstation-de"));
}

void TestInterfaceLanguage::arabicTurnsTheWindowRightToLeft()
{
    interfacelanguage::choose(QStringLiteral("ar"));
    QCOMPARE(interfacelanguage::install(qApp).language(), QLocale::Arabic);
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(menuTitles(window.get()).constFirst(), QStringLiteral("&ملف"));
    // The first menu stands at the right, the next one to its left.
    QMenuBar *bar = window->menuBar();
    const QRect first = bar->actionGeometry(bar->actions().at(0));
    const QRect second = bar->actionGeometry(bar->actions().at(1));
    QVERIFY2(
        first.left() > second.left() && first.right() > bar->width() / 2,
        qPrintable(QStringLiteral("%1 / %2 in %3").arg(first.left()).arg(second.left()).arg(bar->width())));
    QCOMPARE(QCoreApplication::translate("almanac::CommentMargin", "%n comment(s) on this text", nullptr, 2),
             QStringLiteral("تعليقان على هذا النص"));
    const QStringList clashes = mnemonicClashes(window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    QTest::qWait(1500);
    test::shot(window.get(), QStringLiteral("workstation-ar"));
}

void TestInterfaceLanguage::englishIsTheSource()
{
    interfacelanguage::choose(QStringLiteral("en"));
    QCOMPARE(interfacelanguage::install(qApp).language(), QLocale::English);
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(menuTitles(window.get()).constFirst(), QStringLiteral("&File"));
}

void TestInterfaceLanguage::systemLanguageIsFollowed()
{
    QCOMPARE(localeUnder({{QStringLiteral("LANG"), QStringLiteral("de_AT.UTF-8")}}), QStringLiteral("de_AT"));
    QCOMPARE(localeUnder({{QStringLiteral("LC_ALL"), QStringLiteral("ar_EG.UTF-8")}}),
             QStringLiteral("ar_EG"));
    // A language it does not speak: the next one the person prefers, else English.
    QCOMPARE(localeUnder({{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")},
                          {QStringLiteral("LANGUAGE"), QStringLiteral("fr:de")}}),
             QStringLiteral("de_DE"));
    QCOMPARE(localeUnder({{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}}), QStringLiteral("en_US"));
}

void TestInterfaceLanguage::preferencesChooseTheLanguageAndName()
{
    auto window = openWindow();
    QVERIFY(window);
    QStringList seen;
    bool noteShown = false;
    test::whenModal<PreferencesDialog>([&](PreferencesDialog *dialog) {
        QComboBox *language = dialog->languageBox();
        for (int i = 0; i < language->count(); ++i)
            seen << language->itemText(i);
        language->setFocus();
        while (language->currentData().toString() != QLatin1String("de"))
            QTest::keyClick(language, Qt::Key_Down);
        for (QLabel *l : dialog->findChildren<QLabel *>())
            noteShown = noteShown || (l->wordWrap() && l->isVisible());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Ana Ortiz"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(interfacelanguage::chosen(), QStringLiteral("de"), 10000);
    QCOMPARE(seen.mid(1),
             (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("العربية")}));
    QVERIFY(seen.constFirst().startsWith(QLatin1String("System language (")));
    QVERIFY(noteShown); // "…speaks the new language when it starts again"
    QCOMPARE(QSettings().value(QStringLiteral("user/name")).toString(), QStringLiteral("Ana Ortiz"));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(printLocaleVariable)) {
        QCoreApplication app(argc, argv);
        QStandardPaths::setTestModeEnabled(true);
        std::fputs(qPrintable(interfacelanguage::systemLocale().name() + u'\n'), stdout);
        return 0;
    }
    QApplication app(argc, argv);
    TestInterfaceLanguage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_interfacelanguage.moc"
