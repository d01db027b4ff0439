#include "history/commentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace almanac {

CommentDialog::CommentDialog(const QString &versionLabel, const QList<CommentAnchor> &anchors, int current,
                             QWidget *parent)
    : QDialog(parent), m_anchors(anchors), m_anchor(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Comment on %1").arg(versionLabel));
    for (const CommentAnchor &a : anchors)
        m_anchor->addItem(a.label);
    m_anchor->setCurrentIndex(std::max(0, current));
    m_anchor->setAccessibleName(tr("Comment on"));
    m_anchor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_anchor->setMinimumContentsLength(30);
    m_text->setAccessibleName(tr("Comment"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What should the editor look at? (Ctrl+Return adds the comment)"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add Comment"));
    ok->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *add = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(add, &QShortcut::activated, this, [ok] {
        if (ok->isEnabled())
            ok->click();
    });
    auto *form = new QFormLayout(this);
    form->addRow(tr("&On:"), m_anchor);
    form->addRow(tr("&Comment:"), m_text);
    form->addRow(m_buttons);
    m_text->setFocus();
    resize(520, 280);
}

CommentAnchor CommentDialog::anchor() const
{
    return m_anchors.value(m_anchor->currentIndex());
}

QString CommentDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace almanac
