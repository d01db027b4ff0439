#pragma once

#include "history/commentanchors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace almanac {

// Adding a review comment, in one dialog: where it is (the version's details or
// any of its items, starting at the one being edited; the words selected in the
// editor when there are some) and what it says. The same dialog answers a
// thread, which shows what it answers instead. Ctrl+Return adds it; it cannot
// be added empty.
class CommentDialog : public QDialog
{
    Q_OBJECT

public:
    // A new thread on one of the anchors.
    CommentDialog(const QString &versionLabel, const QList<CommentAnchor> &anchors, int current,
                  QWidget *parent = nullptr);
    // A reply: what it answers, shown above the text.
    CommentDialog(const QString &title, const QString &answering, QWidget *parent = nullptr);

    // Offers the words selected in the editor, on the anchor at that index:
    // checked, and only while that anchor is chosen. A note says when there are
    // words but they cannot be quoted (quote empty).
    void setQuote(int anchor, const QString &quote, const QString &note = {});

    CommentAnchor anchor() const;
    // The quoted words, when the comment is on them; empty for the whole item.
    QString quote() const;
    QString text() const;
    QComboBox *anchorBox() const { return m_anchor; }
    QCheckBox *quoteBox() const { return m_onQuote; }
    QPlainTextEdit *textEdit() const { return m_text; }

private:
    void build(const QString &placeholder);
    void updateQuote();

    QList<CommentAnchor> m_anchors;
    QComboBox *m_anchor = nullptr;
    QCheckBox *m_onQuote = nullptr;
    QLabel *m_quoteNote = nullptr;
    int m_quoteAnchor = -1;
    QString m_quote;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
};

} // namespace almanac
