#include "parttable.h"

#include "document/partmodel.h"

namespace almanac {

PartTable::PartTable(QWidget *parent) : QTableView(parent)
{
    // Tab moves between cells only while typing (see closeEditor); otherwise it
    // moves on through the form, so the item's long fields can be reached.
    setTabKeyNavigation(false);
}

bool PartTable::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    const bool editing = QTableView::edit(index, trigger, event);
    if (editing) {
        m_editing = index;
        m_editingId = index.data(PartModel::IdRole).toString();
    }
    return editing;
}

QModelIndex PartTable::neighbour(int row, int column, int step) const
{
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    // Walk cell by cell in reading order, skipping what cannot be edited.
    for (int cell = row * columns + column + step; cell >= 0 && cell < rows * columns; cell += step) {
        const QModelIndex next = model()->index(cell / columns, cell % columns);
        if (next.flags() & Qt::ItemIsEditable)
            return next;
    }
    return {};
}

void PartTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const int column = m_editing.isValid() ? m_editing.column() : currentIndex().column();
    // The delegate has committed already: find the item where it is now.
    int row = -1;
    for (int r = 0; r < model()->rowCount() && !m_editingId.isEmpty(); ++r) {
        if (model()->index(r, 0).data(PartModel::IdRole).toString() == m_editingId) {
            row = r;
            break;
        }
    }
    m_editing = QPersistentModelIndex();
    m_editingId.clear();
    const bool moving =
        hint == QAbstractItemDelegate::EditNextItem || hint == QAbstractItemDelegate::EditPreviousItem;
    // Close without Qt's own move: it would start from a row that may have moved.
    QTableView::closeEditor(editor, moving ? QAbstractItemDelegate::NoHint : hint);
    if (row < 0)
        return;
    const QModelIndex here = model()->index(row, column);
    const bool forward = hint == QAbstractItemDelegate::EditNextItem;
    QModelIndex next = moving ? neighbour(row, column, forward ? 1 : -1) : QModelIndex();
    const bool toDetails = moving && forward && m_hasDetails && next.row() != row;
    if (toDetails)
        next = QModelIndex();
    const QModelIndex target = next.isValid() ? next : here;
    selectionModel()->setCurrentIndex(target,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(target);
    if (next.isValid())
        edit(next, AllEditTriggers, nullptr);
    else if (toDetails)
        Q_EMIT detailsRequested();
}

} // namespace almanac
