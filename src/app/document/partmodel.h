#pragma once

#include "guidedocument.h"

#include <QAbstractTableModel>

namespace almanac {

// One list part of the open guide (takeaways, sections, timeline, FAQ or
// sources) as a table. Edits go to the document as undoable commands; the
// document's change announcements become the proper row signals, so every view
// stays right under undo and redo. Rows can be reordered by drag and drop.
class PartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        FieldRole,
        // A timeline entry's TimelineJS fields (QJsonObject), on any column.
        RecordRole
    };

    PartModel(GuideDocument *document, Part part, QObject *parent = nullptr);

    Part part() const { return m_part; }
    GuideDocument *document() const { return m_doc; }
    // The guide field shown in a column ("date", "title", ...; "cited" for where a source is cited).
    QString fieldAt(int column) const { return m_fields.value(column); }
    int columnOf(const QString &field) const { return static_cast<int>(m_fields.indexOf(field)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Where each source key is cited: "TL;DR, section 2, FAQ 1".
    QString citedIn(const QString &key) const;

private:
    void aboutToChange(const ChangeEvent &event);
    void changed(const ChangeEvent &event);

    GuideDocument *m_doc;
    Part m_part;
    QStringList m_fields;
    bool m_resetting = false;
};

} // namespace almanac
