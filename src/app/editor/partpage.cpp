#include "partpage.h"

#include "document/partmodel.h"
#include "editor/markdownedit.h"
#include "editor/parttable.h"
#include "widgets/stackundo.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace almanac {

PartPage::PartPage(GuideDocument *document, Part part, const QList<Detail> &details, QWidget *parent)
    : QWidget(parent), m_doc(document), m_part(part), m_model(new PartModel(document, part, this)),
      m_table(new PartTable(this)), m_details(details)
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->verticalHeader()->setSectionsMovable(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAccessibleName(tr("%1 list").arg(GuideDocument::partName(part)));

    auto button = [this](const QString &text, const QString &icon, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAccessibleName(text);
        // Out of the Tab chain: Tab from the table goes on to the item's fields,
        // so a space typed there can never press Add or Remove.
        b->setFocusPolicy(Qt::NoFocus);
        return b;
    };
    const QString item = GuideDocument::itemName(part);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("Add %1").arg(item), QStringLiteral("list-add"),
                              QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { addItem(); }));
    buttons->addWidget(button(tr("Remove"), QStringLiteral("list-remove"),
                              QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { removeCurrent(); }));
    buttons->addWidget(button(tr("Move Up"), QStringLiteral("go-up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                              [this] { moveCurrent(-1); }));
    buttons->addWidget(button(tr("Move Down"), QStringLiteral("go-down"),
                              QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(1); }));
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_table, details.isEmpty() ? 1 : 2);
    for (const Detail &d : details) {
        auto *label = new QLabel(d.label, this);
        layout->addWidget(label);
        QWidget *editor = nullptr;
        if (d.markdown) {
            auto *md = new MarkdownEdit(this);
            connect(md, &MarkdownEdit::textEdited, this, [this, field = d.field](const QString &text) {
                if (currentRow() >= 0)
                    m_doc->setItemField(m_part, currentRow(), field, text);
            });
            connect(md, &MarkdownEdit::cursorPositionChanged, this, [this, md, field = d.field] {
                if (md->hasFocus())
                    Q_EMIT detailFocused(pathOf(field), md->textCursor().blockNumber() + 1);
            });
            editor = md;
            layout->addWidget(md, 3);
        } else {
            auto *line = new QLineEdit(this);
            StackUndo::install(line, m_doc->undoStack());
            connect(line, &QLineEdit::textEdited, this, [this, field = d.field](const QString &text) {
                if (currentRow() >= 0)
                    m_doc->setItemField(m_part, currentRow(), field, text);
            });
            editor = line;
            layout->addWidget(line);
        }
        editor->setAccessibleName(d.label);
        label->setBuddy(editor);
        m_editors << editor;
    }
    m_table->setHasDetails(!m_editors.isEmpty());
    connect(m_table, &PartTable::detailsRequested, this, [this] {
        // The first long field the table does not show (a section's body, not its heading again).
        for (qsizetype i = 0; i < m_details.size(); ++i) {
            if (m_model->columnOf(m_details[i].field) < 0 && m_editors[i]->isEnabled()) {
                m_editors[i]->setFocus(Qt::TabFocusReason);
                return;
            }
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_resetting)
            return; // the row comes back when the reset ends
        showCurrent();
        Q_EMIT currentRowChanged(currentRow());
    });
    // A whole-guide change (a merge, a restore) resets the model: keep the
    // item being edited current, so that typing goes on where it was.
    connect(m_doc, &GuideDocument::aboutToChange, this, [this](const ChangeEvent &event) {
        if (event.type != ChangeEvent::Type::Reset)
            return;
        m_resetting = true;
        m_keptId = currentRow() >= 0 ? m_doc->itemId(m_part, currentRow()) : QString();
        m_keptColumn = std::max(0, m_table->currentIndex().column());
        m_keptScroll = m_table->verticalScrollBar()->value();
    });
    connect(m_doc, &GuideDocument::changed, this, &PartPage::documentChanged);
    if (m_model->rowCount() > 0)
        setCurrentRow(0);
    showCurrent();
}

int PartPage::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void PartPage::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

QWidget *PartPage::detailEditor(const QString &field) const
{
    for (qsizetype i = 0; i < m_details.size(); ++i) {
        if (m_details[i].field == field)
            return m_editors[i];
    }
    return nullptr;
}

void PartPage::setCitationKeys(const QStringList &keys)
{
    for (QWidget *w : std::as_const(m_editors)) {
        if (auto *md = qobject_cast<MarkdownEdit *>(w))
            md->setCitationKeys(keys);
    }
}

void PartPage::setTextDirection(Qt::LayoutDirection direction)
{
    for (QWidget *w : std::as_const(m_editors))
        w->setLayoutDirection(direction);
}

QString PartPage::pathOf(const QString &field) const
{
    static const QHash<Part, QString> names = {{Part::Takeaways, QStringLiteral("takeaways")},
                                               {Part::Sections, QStringLiteral("sections")},
                                               {Part::Timeline, QStringLiteral("timeline")},
                                               {Part::Faq, QStringLiteral("faq")},
                                               {Part::Sources, QStringLiteral("sources")}};
    return QStringLiteral("%1[%2].%3").arg(names.value(m_part)).arg(currentRow()).arg(field);
}

void PartPage::addItem()
{
    const int row = m_doc->insertItem(m_part, currentRow() < 0 ? m_model->rowCount() : currentRow() + 1);
    setCurrentRow(row);
    // Start typing the item's first field (a timeline entry's date) at once.
    m_table->edit(m_model->index(row, 0));
}

void PartPage::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_doc->removeItem(m_part, row);
    setCurrentRow(std::min(row, m_model->rowCount() - 1));
}

void PartPage::moveCurrent(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    m_doc->moveItem(m_part, row, to);
    setCurrentRow(to);
}

void PartPage::showCurrent()
{
    const int row = currentRow();
    for (qsizetype i = 0; i < m_details.size(); ++i) {
        const QString value =
            row >= 0 ? m_doc->itemField(m_part, row, m_details[i].field).toString() : QString();
        if (auto *md = qobject_cast<MarkdownEdit *>(m_editors[i]))
            md->setMarkdown(value);
        else if (auto *line = qobject_cast<QLineEdit *>(m_editors[i]); line && line->text() != value)
            line->setText(value);
        m_editors[i]->setEnabled(row >= 0);
    }
}

void PartPage::documentChanged(const ChangeEvent &event)
{
    if (m_resetting && event.type == ChangeEvent::Type::Reset) {
        const int row = m_keptId.isEmpty() ? -1 : m_doc->indexOf(m_part, m_keptId);
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, m_keptColumn),
                                                       QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        m_table->verticalScrollBar()->setValue(m_keptScroll);
        m_resetting = false;
        Q_EMIT currentRowChanged(currentRow());
    }
    // Undo and redo go to the item they change, so that its fields show and can
    // be edited (an undone Add leaves no current row behind otherwise).
    if (event.part == m_part && event.type != ChangeEvent::Type::Reset && event.index >= 0) {
        const int row = event.type == ChangeEvent::Type::ItemMoved ? event.to
                        : event.type == ChangeEvent::Type::ItemRemoved
                            ? std::min(event.index, m_model->rowCount() - 1)
                            : event.index;
        if (row >= 0 && row != currentRow() && !m_table->isEditing())
            setCurrentRow(row);
    }
    // Undo, redo and edits from elsewhere show in the editors; the editor that
    // made an edit already has the text, and setMarkdown leaves it alone then.
    if (event.type == ChangeEvent::Type::Reset || event.part == m_part)
        showCurrent();
}

} // namespace almanac
