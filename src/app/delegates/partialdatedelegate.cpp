#include "delegates/partialdatedelegate.h"

#include "guide/partialdate.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>

namespace almanac {

namespace {

// Legible on light and dark bases alike.
QColor warningColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

class PartialDateValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override { return PartialDateDelegate::validate(input); }
    void fixup(QString &input) const override { input = PartialDateDelegate::fixup(input); }
};

} // namespace

PartialDateDelegate::PartialDateDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QValidator::State PartialDateDelegate::validate(QStringView text)
{
    if (text.isEmpty() || PartialDate::parse(text))
        return QValidator::Acceptable;
    // The shapes a date has while it is being typed.
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{0,4})$|^(\\d{4})-(\\d{0,2})$|^(\\d{4})-(\\d{1,2})-(\\d{0,2})$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return QValidator::Invalid;
    const QStringView yearText = m.hasCaptured(1)   ? m.capturedView(1)
                                 : m.hasCaptured(2) ? m.capturedView(2)
                                                    : m.capturedView(4);
    const int year = yearText.toInt();
    if (yearText.size() == 4 && year < 1)
        return QValidator::Invalid;
    if (m.hasCaptured(2)) {
        // "YYYY-M" may still become a month (or is padded by fixup); "YYYY-MM" must be one.
        const QStringView month = m.capturedView(3);
        if (month.size() == 2 && (month.toInt() < 1 || month.toInt() > 12))
            return QValidator::Invalid;
        return QValidator::Intermediate;
    }
    if (m.hasCaptured(4)) {
        const int month = m.capturedView(5).toInt();
        if (month < 1 || month > 12)
            return QValidator::Invalid;
        const QStringView day = m.capturedView(6);
        // Every month has days 1 to 9, so one digit can always become a day.
        if (day.size() == 2 && !QDate(year, month, day.toInt()).isValid())
            return QValidator::Invalid;
    }
    return QValidator::Intermediate;
}

QString PartialDateDelegate::fixup(const QString &text)
{
    static const QRegularExpression loose(QStringLiteral("^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch m = loose.match(trimmed);
    if (!m.hasMatch())
        return trimmed;
    QString out = m.captured(1) + u'-' + m.captured(2).rightJustified(2, u'0');
    if (m.hasCaptured(3))
        out += u'-' + m.captured(3).rightJustified(2, u'0');
    return out;
}

QWidget *PartialDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(editor->style()->styleHint(QStyle::SH_ItemView_DrawDelegateFrame, nullptr, editor));
    editor->setValidator(new PartialDateValidator(editor));
    editor->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    editor->setAccessibleName(tr("Date"));
    editor->setAccessibleDescription(tr("A year, a month or a day; leave empty when the date is not known"));
    return editor;
}

void PartialDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *lineEdit = qobject_cast<QLineEdit *>(editor))
        lineEdit->setText(index.data(Qt::EditRole).toString());
}

void PartialDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    auto *lineEdit = qobject_cast<QLineEdit *>(editor);
    if (!lineEdit)
        return;
    QString text = fixup(lineEdit->text());
    if (!text.isEmpty()) {
        const std::optional<PartialDate> date = PartialDate::parse(text);
        if (!date)
            return; // not a date yet: keep what the model has
        text = date->toString();
    }
    if (index.data(Qt::EditRole).toString() != text)
        model->setData(index, text, Qt::EditRole);
}

QString PartialDateDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QString text = value.toString();
    if (text.isEmpty())
        return tr("undated");
    if (const std::optional<PartialDate> date = PartialDate::parse(text))
        return date->toDisplayString();
    return QStyledItemDelegate::displayText(value, locale);
}

void PartialDateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString text = index.data(Qt::EditRole).toString();
    if (text.isEmpty()) {
        option->features |= QStyleOptionViewItem::HasDisplay;
        option->text = tr("undated");
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, warningColor(option->palette));
    } else if (!PartialDate::parse(text)) {
        option->palette.setColor(QPalette::Text, warningColor(option->palette));
    }
}

} // namespace almanac
