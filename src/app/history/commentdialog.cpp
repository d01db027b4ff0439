#include "history/commentdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace almanac {

namespace {

QString shortQuote(const QString &words)
{
    const QString one = words.simplified();
    return one.size() > 80 ? one.left(79) + QChar(0x2026) : one;
}

} // namespace

CommentDialog::CommentDialog(const QString &versionLabel, const QList<CommentAnchor> &anchors, int current,
                             QWidget *parent)
    : QDialog(parent), m_anchors(anchors), m_anchor(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_form(new QFormLayout(this))
{
    setWindowTitle(tr("Comment on %1").arg(versionLabel));
    for (const CommentAnchor &a : anchors)
        m_anchor->addItem(a.label);
    m_anchor->setCurrentIndex(std::max(0, current));
    m_anchor->setAccessibleName(tr("Comment on"));
    m_anchor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_anchor->setMinimumContentsLength(30);
    m_form->addRow(tr("&On:"), m_anchor);
    m_onQuote = new QCheckBox(this);
    m_onQuote->setAccessibleName(tr("On the selected words"));
    m_onQuote->setVisible(false);
    m_quoteNote = new QLabel(this);
    m_quoteNote->setWordWrap(true);
    m_quoteNote->setVisible(false);
    m_form->addRow(QString(), m_onQuote);
    m_form->addRow(QString(), m_quoteNote);
    connect(m_anchor, &QComboBox::currentIndexChanged, this, &CommentDialog::updateQuote);
    build(tr("What should the editor look at? (Ctrl+Return adds the comment)"));
}

CommentDialog::CommentDialog(const QString &title, const QString &answering, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_form(new QFormLayout(this))
{
    setWindowTitle(title);
    auto *context = new QLabel(answering, this);
    context->setWordWrap(true);
    context->setTextFormat(Qt::PlainText);
    context->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(tr("Answering:"), context);
    build(tr("Your answer (Ctrl+Return sends it)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reply"));
}

void CommentDialog::build(const QString &placeholder)
{
    m_text->setAccessibleName(tr("Comment"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(placeholder);
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
    m_form->addRow(tr("&Comment:"), m_text);
    m_form->addRow(m_buttons);
    m_text->setFocus();
    resize(520, 300);
}

void CommentDialog::setQuote(int anchor, const QString &quote, const QString &note)
{
    if (!m_onQuote)
        return;
    m_quoteAnchor = anchor;
    m_quote = quote;
    m_onQuote->setText(tr("On the selected &words: \u201c%1\u201d").arg(shortQuote(quote)));
    m_onQuote->setToolTip(quote);
    m_onQuote->setChecked(!quote.isEmpty());
    m_quoteNote->setText(note);
    updateQuote();
}

void CommentDialog::updateQuote()
{
    const bool here = m_anchor->currentIndex() == m_quoteAnchor;
    m_onQuote->setVisible(here && !m_quote.isEmpty());
    m_quoteNote->setVisible(here && !m_quoteNote->text().isEmpty());
}

CommentAnchor CommentDialog::anchor() const
{
    return m_anchor ? m_anchors.value(m_anchor->currentIndex()) : CommentAnchor();
}

QString CommentDialog::quote() const
{
    return m_onQuote && !m_onQuote->isHidden() && m_onQuote->isChecked() ? m_quote : QString();
}

QString CommentDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace almanac
