#pragma once

#include <QObject>
#include <QPoint>

class QAction;
class QMenu;

namespace almanac {

class MainWindow;

// What can be done to a guide from the Guides list: open it, delete it to the
// trash (File ▸ Delete Guide, or the list's context menu), and put the last
// deleted guide back (Edit ▸ Restore Deleted Guide).
class GuideListActions : public QObject
{
    Q_OBJECT

public:
    explicit GuideListActions(MainWindow *window);

    QAction *deleteAction() const { return m_delete; }
    QAction *restoreAction() const { return m_restore; }
    // The context menu for the guide at a place in the list (nullptr: none there).
    QMenu *contextMenu(const QPoint &pos);
    // Deletes the guide to the trash, closing its tab first; false if it stayed.
    bool deleteGuide(const QString &slug);
    // Puts the last deleted guide back and opens it.
    bool restoreLast();

    bool quiet = false; // set by tests: errors go to lastError, not to a dialog
    QString lastError;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The state column's width: room for "in review (v12)", but never more than
    // about half a narrow list, so that the title always shows.
    void fitStateColumn();
    void fail(const QString &title, const QString &message);
    QString selectedSlug() const;

    MainWindow *m_window;
    QAction *m_delete;
    QAction *m_restore;
    QString m_lastDeleted; // guide id
    QString m_lastTitle;
};

} // namespace almanac
