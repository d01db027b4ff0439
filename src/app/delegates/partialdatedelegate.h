#pragma once

#include <QStyledItemDelegate>
#include <QValidator>

namespace almanac {

// Edits and shows a PartialDate column (a timeline entry's or a source's date):
// the editor takes "YYYY", "YYYY-MM" or "YYYY-MM-DD" or nothing (undated), and
// the cell shows "27 Aug 2015", "Aug 2015", "2015" or an italic "undated".
class PartialDateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PartialDateDelegate(QObject *parent = nullptr);

    // Intermediate while the text can still become a date, Acceptable when it is
    // one (or empty), Invalid when no more typing can make it one.
    static QValidator::State validate(QStringView text);
    // Pads single-digit months and days ("2015-8-3" -> "2015-08-03").
    static QString fixup(const QString &text);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    QString displayText(const QVariant &value, const QLocale &locale) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace almanac
