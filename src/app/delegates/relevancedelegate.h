#pragma once

#include <QStyledItemDelegate>

namespace almanac {

// Edits a source's relevance (1 to 10) in a spin box and shows it as a small
// ten-step bar with the number beside it.
class RelevanceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int minimum = 1;
    static constexpr int maximum = 10;

    explicit RelevanceDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace almanac
