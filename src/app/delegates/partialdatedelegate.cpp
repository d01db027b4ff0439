#include "delegates/partialdatedelegate.h"

#include "guide/partialdate.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QToolTip>

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

namespace {

// Whether text is one end of a date, or can still become one by typing on.
QValidator::State pointState(QStringView text)
{
    if (text.isEmpty())
        return QValidator::Intermediate;
    if (PartialDate::parse(text) && !text.contains(u'/'))
        return QValidator::Acceptable;
    if (text.endsWith(u'~'))
        return QValidator::Invalid; // circa ends a date: what comes before it must be one
    // "Y" years have more than four digits and no month: "Y-13800000000".
    static const QRegularExpression longYear(QStringLiteral("^Y-?(?:[1-9]\\d{0,14})?$"));
    if (text.startsWith(u'Y'))
        return longYear.match(text).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
    // The shapes a year, month or season, and day have while being typed; "-" before
    // a year counts it before the common era.
    static const QRegularExpression shape(
        QStringLiteral("^(-?)(?:(\\d{0,4})|(\\d{4})-(\\d{0,2})|(\\d{4})-(\\d{1,2})-(\\d{0,2}))$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return QValidator::Invalid;
    const bool bce = !m.capturedView(1).isEmpty();
    if (m.hasCaptured(3)) {
        // "YYYY-M" may still become a month or season (or is padded by fixup);
        // "YYYY-MM" must be a month 01-12 or a season 21-24.
        const QStringView month = m.capturedView(4);
        const int n = month.toInt();
        if (month.size() == 2 && !((n >= 1 && n <= 12) || (n >= 21 && n <= 24)))
            return QValidator::Invalid;
        return QValidator::Intermediate;
    }
    if (m.hasCaptured(5)) {
        PartialDate::Point p;
        p.year = m.capturedView(5).toLongLong() * (bce ? -1 : 1);
        p.month = m.capturedView(6).toInt();
        if (p.month < 1 || p.month > 12)
            return QValidator::Invalid; // seasons have no days
        const QStringView day = m.capturedView(7);
        // Every month has days 1 to 9, so one digit can always become a day.
        if (day.size() == 2) {
            p.day = day.toInt();
            if (p.day < 1 || !PartialDate::isValid(p))
                return QValidator::Invalid;
        }
    }
    return QValidator::Intermediate;
}

QString fixupPoint(const QString &text)
{
    static const QRegularExpression loose(QStringLiteral("^(-?\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?(~?)$"));
    const QRegularExpressionMatch m = loose.match(text);
    if (!m.hasMatch())
        return text;
    QString out = m.captured(1) + u'-' + m.captured(2).rightJustified(2, u'0');
    if (m.hasCaptured(3))
        out += u'-' + m.captured(3).rightJustified(2, u'0');
    return out + m.captured(4);
}

} // namespace

QValidator::State PartialDateDelegate::validate(QStringView text)
{
    if (text.isEmpty() || PartialDate::parse(text))
        return QValidator::Acceptable;
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return pointState(text);
    // A range: its start must be a whole date (padded or not) before the end is typed.
    if (text.indexOf(u'/', slash + 1) >= 0 || !PartialDate::parse(fixupPoint(text.first(slash).toString())))
        return QValidator::Invalid;
    return pointState(text.sliced(slash + 1)) == QValidator::Invalid ? QValidator::Invalid
                                                                     : QValidator::Intermediate;
}

QString PartialDateDelegate::fixup(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    if (slash < 0)
        return fixupPoint(trimmed);
    return fixupPoint(trimmed.left(slash)) + u'/' + fixupPoint(trimmed.mid(slash + 1));
}

QString PartialDateDelegate::forms()
{
    return tr("A date is a year (2015; -0044 for 44 BCE; Y-13800000000 for a year of more than four "
              "digits), a month (2015-08) or season (2015-21 to 2015-24: spring to winter), or a day "
              "(2015-08-27); ~ after it means circa (1950~), and / between two dates makes a range "
              "(1964/2008).");
}

QString PartialDateDelegate::problem(QStringView text)
{
    const QString fixed = fixup(text.toString());
    if (fixed.isEmpty() || PartialDate::parse(fixed))
        return {};
    if (validate(fixed) == QValidator::Intermediate)
        return tr("\"%1\" is not a whole date yet.").arg(fixed) + u' ' + forms();
    return tr("\"%1\" is not a date.").arg(fixed) + u' ' + forms();
}

QWidget *PartialDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(editor->style()->styleHint(QStyle::SH_ItemView_DrawDelegateFrame, nullptr, editor));
    editor->setValidator(new PartialDateValidator(editor));
    editor->setPlaceholderText(tr("YYYY, YYYY-MM, YYYY-MM-DD, 1950~, 1964/2008"));
    editor->setAccessibleName(tr("Date"));
    editor->setAccessibleDescription(forms() + u' ' + tr("Leave it empty when the date is not known."));
    editor->setToolTip(forms());
    // A keystroke that could never make a date is refused: say why, where the typing is.
    connect(editor, &QLineEdit::inputRejected, editor, [editor] {
        const QString message = tr("That would not make a date.") + u' ' + forms();
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), message, editor);
    });
    return editor;
}

void PartialDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *lineEdit = qobject_cast<QLineEdit *>(editor)) {
        lineEdit->setText(index.data(Qt::EditRole).toString());
        lineEdit->setProperty("almanacStoredDate", index.data(Qt::EditRole).toString());
    }
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
        if (!date) {
            explain(lineEdit, index.data(Qt::EditRole).toString());
            return; // not a date (yet): the model keeps what it has
        }
        text = date->toString();
    }
    if (index.data(Qt::EditRole).toString() != text)
        model->setData(index, text, Qt::EditRole);
}

void PartialDateDelegate::explain(QLineEdit *editor, const QString &kept)
{
    const QString message =
        problem(editor->text()) + u' ' +
        (kept.isEmpty() ? tr("The entry stays undated.") : tr("The date stays %1.").arg(kept));
    QWidget *anchor = editor->parentWidget() ? editor->parentWidget() : editor;
    QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), message, anchor);
}

bool PartialDateDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Enter on a date that is not whole, or leaving it, keeps the stored date
    // (the item view does not commit it): say why, and what stays.
    auto *editor = qobject_cast<QLineEdit *>(object);
    if (editor && !problem(editor->text()).isEmpty()) {
        const bool enter =
            event->type() == QEvent::KeyPress && (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Return ||
                                                  static_cast<QKeyEvent *>(event)->key() == Qt::Key_Enter);
        if (enter || event->type() == QEvent::FocusOut)
            explain(editor, editor->property("almanacStoredDate").toString());
    }
    return QStyledItemDelegate::eventFilter(object, event);
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
