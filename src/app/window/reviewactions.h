#pragma once

#include "history/historypanel.h"

#include <QObject>

class QAction;
class QComboBox;
class QMenu;

namespace almanac {

class MainWindow;

// The review desk in the main window: a Review menu with a shortcut for every
// workflow step, acting on the guide in front (its selected version, or its
// newest), and a filter of the Guides list by review stage, with "awaiting
// review" one keystroke away.
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    explicit ReviewActions(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *action(HistoryPanel::Step step) const { return m_steps.value(static_cast<int>(step)); }
    QComboBox *stageFilter() const { return m_filter; }
    // Shows only the guides whose newest version awaits a reviewer (on a team
    // workspace, a reviewer sees those awaiting their own review).
    void showAwaitingReview();
    // Enables the steps when a guide is in front.
    void editorChanged();

private:
    // Adds "Awaiting my review" to the stage filter for a team's reviewer.
    void offerMyQueue();

    MainWindow *m_window;
    QMenu *m_menu;
    QList<QAction *> m_steps;
    QAction *m_comment = nullptr;
    QAction *m_reply = nullptr;
    QComboBox *m_filter;
};

} // namespace almanac
