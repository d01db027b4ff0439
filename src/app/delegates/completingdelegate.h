#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace almanac {

// A text cell whose editor completes from a list (the workspace's outlets).
class CompletingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CompletingDelegate(QStringList completions, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    QStringList m_completions;
};

} // namespace almanac
