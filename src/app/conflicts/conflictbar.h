#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace almanac {

class DraftSync;

// The bar above a guide's editor while its edits meet another writer's: says
// how many conflicts, with whom and since when, that the edits are kept, and
// offers the merge view. Hidden when there is nothing to decide.
class ConflictBar : public QFrame
{
    Q_OBJECT

public:
    ConflictBar(DraftSync *sync, QWidget *parent = nullptr);
    QLabel *label() const { return m_label; }
    QPushButton *resolveButton() const { return m_resolve; }

Q_SIGNALS:
    void resolveRequested();

private:
    void update();

    DraftSync *m_sync;
    QLabel *m_label;
    QPushButton *m_resolve;
};

} // namespace almanac
