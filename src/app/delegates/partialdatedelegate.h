#pragma once

#include <QStyledItemDelegate>
#include <QValidator>

class QLineEdit;

namespace almanac {

// Edits and shows a PartialDate column (a timeline entry's or a source's date):
// the editor takes every form PartialDate has ("2015", "2015-08", "2015-08-27",
// "-0044", "Y-13800000000", "2015-21", "1950~", "1964/2008") or nothing
// (undated), says why when a keystroke or the text cannot be a date, and the
// cell shows "27 Aug 2015", "spring 2015", "c. 1950", "1964 – 2008" or an
// italic "undated".
class PartialDateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PartialDateDelegate(QObject *parent = nullptr);

    // Intermediate while the text can still become a date, Acceptable when it is
    // one (or empty), Invalid when no more typing can make it one.
    static QValidator::State validate(QStringView text);
    // Pads single-digit months and days ("2015-8-3" -> "2015-08-03"), at both ends of a range.
    static QString fixup(const QString &text);
    // What a date may be, in one sentence for people.
    static QString forms();
    // Why text is not a date (after fixup), with the forms a date takes; empty for a date or nothing.
    static QString problem(QStringView text);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    QString displayText(const QVariant &value, const QLocale &locale) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    // Shows, under the editor, why its text is not stored and what stays.
    static void explain(QLineEdit *editor, const QString &kept);
};

} // namespace almanac
