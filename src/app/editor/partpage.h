#pragma once

#include "document/guidedocument.h"
#include "editor/parttable.h"

#include <QWidget>

class QTableView;
class QLineEdit;
class QToolButton;

namespace almanac {

class MarkdownEdit;
class PartModel;

// One list part of the guide being edited: a table of its items with add,
// remove and reorder (buttons, Alt+Up/Down, drag and drop), and editors for the
// current item's long fields below it.
class PartPage : public QWidget
{
    Q_OBJECT

public:
    struct Detail
    {
        QString field;
        QString label;
        bool markdown = true; // false: one line
    };

    PartPage(GuideDocument *document, Part part, const QList<Detail> &details, QWidget *parent = nullptr);

    Part part() const { return m_part; }
    PartModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    int currentRow() const;
    void setCurrentRow(int row);
    // The editor of a long field of the current item (nullptr if none).
    QWidget *detailEditor(const QString &field) const;
    void setCitationKeys(const QStringList &keys);
    // The direction of the guide's language, for the editors of its text.
    void setTextDirection(Qt::LayoutDirection direction);

    void addItem();
    void removeCurrent();
    void moveCurrent(int delta);

Q_SIGNALS:
    void currentRowChanged(int row);
    // A long field's editor was focused or scrolled: field is a JSON path.
    void detailFocused(const QString &path, int line);

private:
    void showCurrent();
    void documentChanged(const ChangeEvent &event);
    QString pathOf(const QString &field) const;

    GuideDocument *m_doc;
    Part m_part;
    PartModel *m_model;
    PartTable *m_table;
    QList<Detail> m_details;
    QList<QWidget *> m_editors;
    // Across a reset of the whole guide: the item that was current, and where.
    bool m_resetting = false;
    QString m_keptId;
    int m_keptColumn = 0;
    int m_keptScroll = 0;
};

} // namespace almanac
