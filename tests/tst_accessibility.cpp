// The workstation to a screen reader: the QAccessible tree of the main window,
// on every part tab and every view, and of the dialogs people open most, has
// no interactive element without a name (a button, field, box, tab, list,
// table, tree or custom view a screen reader could only call by its role).
// On the demo workspace, so that History, Changes and the comment threads are full.

#include "editor/guideeditor.h"
#include "editor/markdownedit.h"
#include "guisupport.h"
#include "history/commentdialog.h"
#include "history/diffview.h"
#include "history/historypanel.h"
#include "window/mainwindow.h"

#include <QAccessible>
#include <QApplication>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>
#include <cmath>
#include <functional>

using namespace almanac;

namespace {

// Roles a person acts on: each needs a name of its own.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::Canvas:
    case QAccessible::Graphic:
        return true;
    default:
        return false;
    }
}

// Rows and cells speak their own text; a web page has its own tree (checked in
// Chromium by tst_browser); scroll bars are named by their role and orientation.
bool walkInto(QAccessibleInterface *iface)
{
    const QAccessible::Role role = iface->role();
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree ||
        role == QAccessible::ScrollBar || role == QAccessible::WebDocument)
        return false;
    return !qobject_cast<QWebEngineView *>(iface->object());
}

QString describe(QAccessibleInterface *iface)
{
    QStringList chain;
    for (QObject *o = iface->object(); o; o = o->parent()) {
        const QString name = o->objectName();
        chain.prepend(QLatin1String(o->metaObject()->className()) +
                      (name.isEmpty() ? QString() : u'#' + name));
        if (chain.size() >= 4)
            break;
    }
    return QStringLiteral("%1 (role %2)").arg(chain.join(QStringLiteral(" > "))).arg(int(iface->role()));
}

struct Walk
{
    QStringList nameless;
    int interactive = 0; // how many were checked: a walk that sees nothing proves nothing
};

void walk(QAccessibleInterface *iface, Walk *w, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 80)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    if (isInteractive(iface->role())) {
        ++w->interactive;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            w->nameless << describe(iface);
    }
    if (!walkInto(iface))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), w, depth + 1);
}

Walk walkWindow(QWidget *window)
{
    Walk w;
    walk(QAccessible::queryAccessibleInterface(window), &w);
    w.nameless.removeDuplicates();
    return w;
}

// WCAG 2's contrast ratio between two colours, from 1 (the same) to 21.
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTabAndViewHasNames();
    void commentDialogHasNames();
    void customViewsHaveNames();
    void highContrastPalette();
    void everyMenuActionHasAKey();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("demo.almanac"));
    QProcess demo;
    demo.start(QStringLiteral("bash"), {QStringLiteral(ALMANAC_SOURCE_DIR "/packaging/make-demo.sh"),
                                        QStringLiteral(ALMANAC_CLI_PATH), path});
    QVERIFY(demo.waitForFinished(120000));
    QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QString error;
    QVERIFY2(m_window->openWorkspace(path, &error), qPrintable(error));
    QVERIFY(m_window->showGuide(QStringLiteral("webassembly")));
}

void TestAccessibility::everyTabAndViewHasNames()
{
    GuideEditor *editor = m_window->currentEditor();
    QVERIFY(editor);
    QTabWidget *tabs = editor->tabs();
    QTabWidget *views = editor->views();
    QStringList found;
    for (int v = 0; v < views->count(); ++v) {
        views->setCurrentIndex(v);
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QCoreApplication::processEvents();
            const Walk w = walkWindow(m_window.get());
            // The menus, the guide list, the tabs, the part's controls and the view's.
            QVERIFY2(
                w.interactive >= 25,
                qPrintable(
                    QStringLiteral("only %1 controls seen on %2").arg(w.interactive).arg(tabs->tabText(t))));
            for (const QString &n : w.nameless)
                found << QStringLiteral("%1 / %2: %3").arg(views->tabText(v), tabs->tabText(t), n);
        }
    }
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(u'\n' + found.join(u'\n')));
}

void TestAccessibility::commentDialogHasNames()
{
    GuideEditor *editor = m_window->currentEditor();
    Walk w;
    test::whenModal<CommentDialog>([&](CommentDialog *dialog) {
        w = walkWindow(dialog);
        dialog->reject();
    });
    editor->history()->startComment();
    QVERIFY(w.interactive >= 4); // the place, the text, Add Comment, Cancel
    QVERIFY2(w.nameless.isEmpty(), qPrintable(u'\n' + w.nameless.join(u'\n')));
}

// The views drawn here, whatever role they report: the timeline, the tag
// editors, the comparison, the comments' margin.
void TestAccessibility::customViewsHaveNames()
{
    QList<QWidget *> views;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        const QByteArray type = w->metaObject()->className();
        if (type == "almanac::TimelineView" || type == "almanac::TagEdit" || type == "almanac::DiffView" ||
            type == "almanac::CommentMargin" || type == "almanac::PreviewView")
            views << w;
    }
    QVERIFY(views.size() >= 5);
    QStringList nameless;
    for (QWidget *w : std::as_const(views)) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            nameless << QLatin1String(w->metaObject()->className());
    }
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u'\n')));
}

// A high-contrast palette (white on black, yellow for the selection): the
// window takes it everywhere, the drawn views included, and the page's preview
// follows the reader's dark theme. Pictures for looking at (ALMANAC_SHOTS).
// Every command of the menu bar has a shortcut, no two share one, and every
// entry of every menu has a keyboard mnemonic: the whole window works without
// a mouse. The exceptions are lists, reached by their mnemonics alone: the
// numbered recent workspaces and the guide list's column switches.
void TestAccessibility::everyMenuActionHasAKey()
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
    QStringList missing;
    QHash<QKeySequence, QString> owners;
    std::function<void(QMenu *, const QString &)> visit = [&](QMenu *menu, const QString &path) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            const QString where = path + QStringLiteral(" ▸ ") + a->text();
            const QRegularExpressionMatch m = mnemonic.match(a->text());
            if (!m.hasMatch() && !a->text().isEmpty())
                missing << where + QStringLiteral(": no mnemonic");
            if (a->menu()) {
                visit(a->menu(), where);
                continue;
            }
            const bool list = a->isCheckable() || path.contains(QLatin1String("Recent"));
            if (a->shortcuts().isEmpty() && !list)
                missing << where + QStringLiteral(": no shortcut");
            for (const QKeySequence &k : a->shortcuts()) {
                if (owners.contains(k))
                    missing << QStringLiteral("%1: %2 is also %3").arg(where, k.toString(), owners.value(k));
                owners.insert(k, where);
            }
        }
    };
    for (QAction *top : m_window->menuBar()->actions()) {
        QVERIFY2(mnemonic.match(top->text()).hasMatch(), qPrintable(top->text()));
        visit(top->menu(), top->text());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    QVERIFY2(owners.size() >= 25, qPrintable(QString::number(owners.size())));
}

void TestAccessibility::highContrastPalette()
{
    QPalette p;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool off = g == QPalette::Disabled;
        p.setColor(g, QPalette::Window, Qt::black);
        p.setColor(g, QPalette::WindowText, off ? QColor(0xc0, 0xc0, 0xc0) : Qt::white);
        p.setColor(g, QPalette::Base, Qt::black);
        p.setColor(g, QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
        p.setColor(g, QPalette::Text, off ? QColor(0xc0, 0xc0, 0xc0) : Qt::white);
        p.setColor(g, QPalette::Button, Qt::black);
        p.setColor(g, QPalette::ButtonText, off ? QColor(0xc0, 0xc0, 0xc0) : Qt::white);
        p.setColor(g, QPalette::Highlight, QColor(0xff, 0xff, 0x00));
        p.setColor(g, QPalette::HighlightedText, Qt::black);
        p.setColor(g, QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(g, QPalette::ToolTipBase, Qt::black);
        p.setColor(g, QPalette::ToolTipText, Qt::white);
        p.setColor(g, QPalette::Link, QColor(0x66, 0xcc, 0xff));
    }
    const QPalette before = QApplication::palette();
    QApplication::setPalette(p);
    GuideEditor *editor = m_window->currentEditor();
    editor->tabs()->setCurrentIndex(2); // Sections: the comment in the margin
    QTest::qWait(1500);                 // the page re-renders in its dark theme
    // Every widget that paints its own background keeps its text legible on
    // it: WCAG's contrast ratio of at least 4.5 to 1 between the two colours.
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->autoFillBackground())
            continue;
        const double ratio =
            contrast(w->palette().color(w->backgroundRole()), w->palette().color(w->foregroundRole()));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: contrast %2 to 1")
                                              .arg(QLatin1String(w->metaObject()->className()))
                                              .arg(ratio, 0, 'f', 1)));
    }
    // The words a comment is on stay legible: their mark is dark under white text.
    for (auto *edit : m_window->findChildren<MarkdownEdit *>()) {
        for (const QTextEdit::ExtraSelection &mark : edit->extraSelections()) {
            if (mark.format.hasProperty(QTextFormat::BackgroundBrush) && !mark.format.toolTip().isEmpty())
                QVERIFY(contrast(mark.format.background().color(), edit->palette().color(QPalette::Text)) >=
                        4.5);
        }
    }
    test::shot(m_window.get(), QStringLiteral("high-contrast"));
    editor->tabs()->setCurrentWidget(editor->history());
    editor->views()->setCurrentWidget(editor->diffView());
    QCoreApplication::processEvents();
    test::shot(m_window.get(), QStringLiteral("high-contrast-history"));
    QApplication::setPalette(before);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
