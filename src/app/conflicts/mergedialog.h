#pragma once

#include "merge/guidemerge.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace almanac {

// The merge view: each conflict between the editor's own edits and another
// writer's, side by side (theirs, yours, and what both started from), decided
// one by one: keep mine, keep theirs, keep both, or edit the result. Apply is
// possible once every conflict is decided; nothing is written before.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const merge::Result &result, const QString &theirsLabel, QWidget *parent = nullptr);

    const merge::Result &result() const { return m_result; }
    // Decides the current conflict (the buttons do this).
    bool choose(merge::Choice choice);
    void selectConflict(int index);
    // Decides every conflict that is still open.
    void chooseAll(merge::Choice choice);

    QListWidget *list() const { return m_list; }
    QPlainTextEdit *resultEdit() const { return m_resultEdit; }
    QPushButton *applyButton() const { return m_apply; }

private:
    void showCurrent();
    void updateItem(int index);
    void updateButtons();

    merge::Result m_result;
    QList<QString> m_chosen; // what each decided conflict became, for display
    QListWidget *m_list;
    QLabel *m_baseLabel;
    QPlainTextEdit *m_base;
    QPlainTextEdit *m_ours;
    QPlainTextEdit *m_theirs;
    QPlainTextEdit *m_resultEdit;
    QPushButton *m_mine;
    QPushButton *m_theirsButton;
    QPushButton *m_both;
    QPushButton *m_edited;
    QPushButton *m_apply;
};

} // namespace almanac
