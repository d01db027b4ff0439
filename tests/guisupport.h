#pragma once

// What several workstation tests share.

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMultiHash>
#include <QPixmap>
#include <QPointer>
#include <QStringList>
#include <QTabBar>
#include <QTimer>
#include <QWidget>

namespace almanac::test {

// Runs fn on the next modal dialog of type T once it shows (looking every 50 ms:
// the shortcut or action that opens it may wait for the window to be active
// first). The timer it returns stops when the dialog is found.
template <typename T, typename Fn> QPointer<QTimer> whenModal(Fn fn)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, fn] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fn(dialog);
        }
    });
    timer->start();
    return timer;
}

// With ALMANAC_SHOTS=DIR, saves what the widget shows as DIR/name.png, to be looked at.
inline void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ALMANAC_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

inline QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return {};
}

// The texts that take Alt+letter keys in a window as it shows now: buttons,
// labels with buddies, group boxes, tabs and the menu bar.
inline QStringList mnemonicTexts(QWidget *window)
{
    QStringList texts;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            texts << label->text();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions()) {
                if (a->isVisible())
                    texts << a->text();
            }
        }
    }
    return texts;
}

// Each menu's entries, the menu first and each submenu on its own, with its title.
inline QList<std::pair<QString, QStringList>> menuTexts(QMenu *menu)
{
    QList<std::pair<QString, QStringList>> menus{{QString(menu->title()).remove(u'&'), {}}};
    for (QAction *a : menu->actions()) {
        if (!a->isVisible() || a->isSeparator())
            continue;
        menus.front().second << a->text();
        if (a->menu())
            menus << menuTexts(a->menu());
    }
    return menus;
}

// The Alt+letter keys that more than one of the texts answer to.
inline QStringList mnemonicClashesAmong(const QStringList &texts)
{
    QMultiHash<QChar, QString> seen;
    for (const QString &text : texts) {
        const QChar c = mnemonic(text);
        if (!c.isNull())
            seen.insert(c, QString(text).remove(u'&'));
    }
    QStringList out;
    for (const QChar c : seen.uniqueKeys()) {
        if (seen.count(c) > 1)
            out << QStringLiteral("Alt+%1: %2").arg(c.toUpper(), QStringList(seen.values(c)).join(u'/'));
    }
    return out;
}

// Alt+letter keys that more than one visible control of the window answers to.
inline QStringList mnemonicClashes(QWidget *window)
{
    return mnemonicClashesAmong(mnemonicTexts(window));
}

// The same inside one menu and its submenus, each on its own.
inline QStringList menuMnemonicClashes(QMenu *menu)
{
    QStringList out;
    for (const auto &[title, texts] : menuTexts(menu)) {
        for (const QString &clash : mnemonicClashesAmong(texts))
            out << title + QStringLiteral(" ▸ ") + clash;
    }
    return out;
}

} // namespace almanac::test
