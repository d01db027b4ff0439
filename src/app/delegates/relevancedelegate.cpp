#include "delegates/relevancedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QSpinBox>
#include <algorithm>
#include <optional>

namespace almanac {

namespace {
constexpr int segmentWidth = 5;
constexpr int segmentGap = 2;
constexpr int barNumberGap = 6;
constexpr int barWidth =
    RelevanceDelegate::maximum * segmentWidth + (RelevanceDelegate::maximum - 1) * segmentGap;

std::optional<int> relevance(const QModelIndex &index)
{
    bool ok = false;
    const int value = index.data(Qt::EditRole).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}
} // namespace

RelevanceDelegate::RelevanceDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *RelevanceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &) const
{
    auto *editor = new QSpinBox(parent);
    editor->setRange(minimum, maximum);
    editor->setFrame(false);
    editor->setAccessibleName(tr("Relevance"));
    editor->setAccessibleDescription(tr("From 1 (barely relevant) to 10 (essential)"));
    return editor;
}

void RelevanceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(relevance(index).value_or(5)); // the spin box clamps to 1..10
}

void RelevanceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    auto *spin = qobject_cast<QSpinBox *>(editor);
    if (!spin)
        return;
    spin->interpretText();
    if (relevance(index) != spin->value())
        model->setData(index, spin->value(), Qt::EditRole);
}

void RelevanceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const std::optional<int> value = relevance(index);
    if (!value) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor on = selected ? ink : opt.palette.color(group, QPalette::Highlight);
    QColor off = ink;
    off.setAlphaF(0.22f);

    const QString number = QString::number(*value);
    const int numberWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("10"));
    // Narrow columns get thinner segments rather than a clipped bar.
    const int room = area.width() - numberWidth - barNumberGap;
    const int segment = std::clamp((room - (maximum - 1) * segmentGap) / maximum, 1, segmentWidth);
    const int height = std::min(area.height() - 6, opt.fontMetrics.ascent());
    const int top = area.center().y() - height / 2 + 1;

    painter->save();
    painter->setPen(Qt::NoPen);
    const int filled = std::clamp(*value, 0, maximum);
    for (int i = 0; i < maximum; ++i) {
        painter->setBrush(i < filled ? on : off);
        painter->drawRect(area.left() + i * (segment + segmentGap), top, segment, height);
    }
    const int barRight = area.left() + maximum * segment + (maximum - 1) * segmentGap;
    painter->setPen(ink);
    painter->setFont(opt.font);
    painter->drawText(QRect(barRight + barNumberGap, area.top(), numberWidth, area.height()),
                      Qt::AlignRight | Qt::AlignVCenter, number);
    painter->restore();
}

QSize RelevanceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int numberWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("10"));
    size.setWidth(std::max(size.width(), barWidth + barNumberGap + numberWidth + 16));
    return size;
}

} // namespace almanac
