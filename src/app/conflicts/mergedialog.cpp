#include "conflicts/mergedialog.h"

#include "merge/textmerge.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace almanac {

namespace {

QPlainTextEdit *textPane(const QString &name, bool readOnly, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(readOnly);
    edit->setAccessibleName(name);
    edit->setTabChangesFocus(true);
    return edit;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

bool isItemConflict(const merge::Conflict &c)
{
    return c.kind == merge::Conflict::Kind::EditDelete || c.kind == merge::Conflict::Kind::DeleteEdit;
}

} // namespace

MergeDialog::MergeDialog(const merge::Result &result, const QString &theirsLabel, QWidget *parent)
    : QDialog(parent), m_result(result), m_chosen(result.conflicts.size())
{
    setWindowTitle(tr("Resolve Conflicts"));
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Conflicts"));
    for (qsizetype i = 0; i < m_result.conflicts.size(); ++i) {
        new QListWidgetItem(m_list);
        updateItem(static_cast<int>(i));
    }
    m_baseLabel = new QLabel(tr("Before either change:"), this);
    m_base = textPane(tr("Before either change"), true, this);
    m_base->setMaximumHeight(80);
    m_ours = textPane(tr("Yours"), true, this);
    m_theirs = textPane(theirsLabel, true, this);
    m_resultEdit = textPane(tr("Result"), false, this);
    m_mine = new QPushButton(tr("Keep &Mine"), this);
    m_theirsButton = new QPushButton(tr("Keep &Theirs"), this);
    m_both = new QPushButton(tr("Keep &Both"), this);
    m_edited = new QPushButton(tr("Use &Edited Text"), this);
    m_edited->setToolTip(tr("Take the text as edited in Result"));

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(titled(tr("Yours"), m_ours, sides));
    sides->addWidget(titled(theirsLabel, m_theirs, sides));
    auto *choices = new QHBoxLayout;
    for (QPushButton *b : {m_mine, m_theirsButton, m_both, m_edited})
        choices->addWidget(b);
    choices->addStretch();
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_baseLabel);
    rightLayout->addWidget(m_base);
    rightLayout->addWidget(sides, 2);
    rightLayout->addLayout(choices);
    rightLayout->addWidget(titled(tr("Result"), m_resultEdit, right), 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 760});

    auto *buttons = new QDialogButtonBox(this);
    auto *allMine = buttons->addButton(tr("Keep All Mi&ne"), QDialogButtonBox::ActionRole);
    auto *allTheirs = buttons->addButton(tr("Keep All T&heirs"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &MergeDialog::showCurrent);
    connect(m_mine, &QPushButton::clicked, this, [this] { choose(merge::Choice::Ours); });
    connect(m_theirsButton, &QPushButton::clicked, this, [this] { choose(merge::Choice::Theirs); });
    connect(m_both, &QPushButton::clicked, this, [this] { choose(merge::Choice::Both); });
    connect(m_edited, &QPushButton::clicked, this, [this] { choose(merge::Choice::Custom); });
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(merge::Choice::Ours); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(merge::Choice::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1080, 640);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void MergeDialog::updateItem(int index)
{
    const merge::Conflict &c = m_result.conflicts[index];
    QListWidgetItem *item = m_list->item(index);
    const QString where = c.label.isEmpty() ? c.path : QStringLiteral("%1 — %2").arg(c.path, c.label);
    item->setText((c.resolved ? QStringLiteral("✓ ") : QStringLiteral("● ")) + where);
    item->setToolTip(c.resolved ? tr("Decided") : tr("Not decided yet"));
}

void MergeDialog::selectConflict(int index)
{
    m_list->setCurrentRow(index);
}

void MergeDialog::showCurrent()
{
    const int i = m_list->currentRow();
    if (i < 0 || i >= m_result.conflicts.size())
        return;
    const merge::Conflict &c = m_result.conflicts[i];
    m_base->setPlainText(c.base);
    m_ours->setPlainText(
        c.ours.isEmpty() && c.kind == merge::Conflict::Kind::DeleteEdit ? tr("(you deleted it)") : c.ours);
    m_theirs->setPlainText(c.theirs.isEmpty() && c.kind == merge::Conflict::Kind::EditDelete
                               ? tr("(they deleted it)")
                               : c.theirs);
    m_resultEdit->setPlainText(c.resolved ? m_chosen[i] : c.theirs);
    const bool item = isItemConflict(c);
    m_resultEdit->setReadOnly(item);
    m_edited->setEnabled(!item);
    m_both->setEnabled(c.kind != merge::Conflict::Kind::Value);
    m_both->setText(item ? tr("Keep the &Item") : tr("Keep &Both"));
}

bool MergeDialog::choose(merge::Choice choice)
{
    const int i = m_list->currentRow();
    if (i < 0)
        return false;
    const merge::Conflict c = m_result.conflicts[i];
    const QString custom = m_resultEdit->toPlainText();
    if (!merge::resolve(m_result, i, choice, custom))
        return false;
    switch (choice) {
    case merge::Choice::Ours:
        m_chosen[i] = c.ours;
        break;
    case merge::Choice::Theirs:
        m_chosen[i] = c.theirs;
        break;
    case merge::Choice::Both:
        m_chosen[i] =
            isItemConflict(c) ? (c.ours.isEmpty() ? c.theirs : c.ours) : merge::joinBoth(c.ours, c.theirs);
        break;
    case merge::Choice::Custom:
        m_chosen[i] = custom;
        break;
    }
    m_resultEdit->setPlainText(m_chosen[i]);
    updateItem(i);
    updateButtons();
    // On to the next open conflict.
    for (int j = 1; j <= m_result.conflicts.size(); ++j) {
        const int next = (i + j) % static_cast<int>(m_result.conflicts.size());
        if (!m_result.conflicts[next].resolved) {
            m_list->setCurrentRow(next);
            break;
        }
    }
    return true;
}

void MergeDialog::chooseAll(merge::Choice choice)
{
    for (int i = 0; i < m_result.conflicts.size(); ++i) {
        if (!m_result.conflicts[i].resolved) {
            m_list->setCurrentRow(i);
            choose(choice);
        }
    }
}

void MergeDialog::updateButtons()
{
    const qsizetype open = m_result.unresolvedCount();
    m_apply->setEnabled(open == 0);
    m_apply->setToolTip(open == 0 ? tr("Put the result into the guide (one step in Edit ▸ Undo)")
                                  : tr("%n conflict(s) still to decide", nullptr, static_cast<int>(open)));
}

} // namespace almanac
