#pragma once

#include "store/reviewstate.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace almanac {

// The bar above a guide's editor while a reviewer's request for changes is
// open: who asked, when, on which version, and the note itself, where the
// editor works. Hidden otherwise.
class ReviewNoteBar : public QFrame
{
    Q_OBJECT

public:
    explicit ReviewNoteBar(QWidget *parent = nullptr);
    void setState(const ReviewState &state);
    QLabel *label() const { return m_label; }

Q_SIGNALS:
    void historyRequested();

private:
    QLabel *m_label;
    QPushButton *m_history;
};

} // namespace almanac
