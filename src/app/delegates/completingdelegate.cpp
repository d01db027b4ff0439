#include "delegates/completingdelegate.h"

#include <QCompleter>
#include <QLineEdit>

namespace almanac {

CompletingDelegate::CompletingDelegate(QStringList completions, QObject *parent)
    : QStyledItemDelegate(parent), m_completions(std::move(completions))
{}

QWidget *CompletingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        auto *completer = new QCompleter(m_completions, line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        line->setCompleter(completer);
    }
    return editor;
}

} // namespace almanac
