#include "delegates/urldelegate.h"

#include "guide/guide.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>
#include <QToolTip>

namespace almanac {

namespace {

constexpr char invalidProperty[] = "almanacInvalidInput";

// Legible on light and dark bases alike.
QColor warningColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

bool isCommitKey(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab;
}

} // namespace

UrlDelegate::UrlDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

bool UrlDelegate::isAcceptable(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() || guide::isValidWebUrl(trimmed);
}

QWidget *UrlDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(editor->style()->styleHint(QStyle::SH_ItemView_DrawDelegateFrame, nullptr, editor));
    editor->setPlaceholderText(tr("https://…"));
    editor->setAccessibleName(tr("Web address"));
    editor->setAccessibleDescription(tr("An http:// or https:// address, or empty"));
    connect(editor, &QLineEdit::textEdited, editor, [editor] {
        if (!editor->property(invalidProperty).toBool())
            return;
        editor->setProperty(invalidProperty, false);
        editor->setStyleSheet(QString());
        editor->setToolTip(QString());
        QToolTip::hideText();
    });
    return editor;
}

void UrlDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *lineEdit = qobject_cast<QLineEdit *>(editor))
        lineEdit->setText(index.data(Qt::EditRole).toString());
}

void UrlDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *lineEdit = qobject_cast<QLineEdit *>(editor);
    if (!lineEdit)
        return;
    const QString text = lineEdit->text().trimmed();
    if (!isAcceptable(text)) {
        // The editor is closing (focus moved away): say why the old address stays.
        markInvalid(lineEdit);
        if (QWidget *host = lineEdit->parentWidget())
            QToolTip::showText(lineEdit->mapToGlobal(QPoint(0, lineEdit->height())),
                               tr("“%1” is not a web address; the previous address was kept.").arg(text),
                               host);
        return;
    }
    if (index.data(Qt::EditRole).toString() != text)
        model->setData(index, text, Qt::EditRole);
}

bool UrlDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                            const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid() &&
        !isAcceptable(index.data(Qt::EditRole).toString())) {
        QToolTip::showText(event->globalPos(),
                           tr("Not a web address: it needs http:// or https:// and a host name."), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void UrlDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isAcceptable(index.data(Qt::EditRole).toString()))
        option->palette.setColor(QPalette::Text, warningColor(option->palette));
}

bool UrlDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Refuse to leave the editor by keyboard with an address that would be dropped.
    if (event->type() == QEvent::KeyPress && isCommitKey(static_cast<QKeyEvent *>(event)->key())) {
        auto *lineEdit = qobject_cast<QLineEdit *>(object);
        if (lineEdit && !isAcceptable(lineEdit->text())) {
            markInvalid(lineEdit);
            QToolTip::showText(lineEdit->mapToGlobal(QPoint(0, lineEdit->height())), lineEdit->toolTip(),
                               lineEdit);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void UrlDelegate::markInvalid(QWidget *editor) const
{
    editor->setProperty(invalidProperty, true);
    editor->setStyleSheet(
        QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(warningColor(editor->palette()).name()));
    editor->setToolTip(tr("Not a web address: use http:// or https:// and a host name, or leave it empty. "
                          "Press Escape to keep the previous address."));
}

} // namespace almanac
