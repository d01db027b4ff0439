#pragma once

#include "history/commentanchors.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace almanac {

// Adding a review comment, in one dialog: where it is (the version's details or
// any of its items, starting at the one being edited) and what it says.
// Ctrl+Return adds it; it cannot be added empty.
class CommentDialog : public QDialog
{
    Q_OBJECT

public:
    CommentDialog(const QString &versionLabel, const QList<CommentAnchor> &anchors, int current,
                  QWidget *parent = nullptr);

    CommentAnchor anchor() const;
    QString text() const;
    QComboBox *anchorBox() const { return m_anchor; }
    QPlainTextEdit *textEdit() const { return m_text; }

private:
    QList<CommentAnchor> m_anchors;
    QComboBox *m_anchor;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace almanac
