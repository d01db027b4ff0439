#pragma once

#include <QPersistentModelIndex>
#include <QTableView>

namespace almanac {

// The table of a list part, made for typing through: Tab and Shift+Tab commit
// the cell and open the next or previous field of the same item (then the next
// or previous item), Enter commits and stays, Escape drops the edit. Tab from an
// item's last cell goes on to its long fields below the table when it has some.
// The item being typed into is followed by its id, because committing a
// timeline date moves the entry to its place in date order. Tab outside an
// editor leaves the table, as in a form.
class PartTable : public QTableView
{
    Q_OBJECT

public:
    explicit PartTable(QWidget *parent = nullptr);
    using QTableView::edit;
    bool isEditing() const { return state() == EditingState; }
    // Whether Tab from an item's last cell asks for its long fields.
    void setHasDetails(bool details) { m_hasDetails = details; }

Q_SIGNALS:
    // Tab left the last cell of the current item, whose long fields come next.
    void detailsRequested();

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    QModelIndex neighbour(int row, int column, int step) const;

    // The cell being edited; its id is read at the start, since the row may move.
    QPersistentModelIndex m_editing;
    QString m_editingId;
    bool m_hasDetails = false;
};

} // namespace almanac
