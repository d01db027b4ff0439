#include "widgets/flowlayout.h"

#include <QWidget>
#include <algorithm>

namespace almanac {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent)
{
    setSpacing(spacing);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    m_items.insert(std::clamp<qsizetype>(index, 0, m_items.size()), new QWidgetItem(widget));
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line wide enough for everything; heightForWidth answers for narrower widths.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width ? spacing() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = std::max(0, spacing());
    int y = area.y();
    qsizetype lineStart = 0;
    while (lineStart < m_items.size()) {
        // Take as many items as fit on this line (always at least one).
        int x = area.x();
        int lineHeight = 0;
        qsizetype lineEnd = lineStart;
        for (; lineEnd < m_items.size(); ++lineEnd) {
            const QLayoutItem *item = m_items.at(lineEnd);
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint();
            if (x > area.x() && x + hint.width() > area.right() + 1)
                break;
            x += hint.width() + gap;
            lineHeight = std::max(lineHeight, hint.height());
        }
        if (apply) {
            x = area.x();
            for (qsizetype i = lineStart; i < lineEnd; ++i) {
                QLayoutItem *item = m_items.at(i);
                if (item->isEmpty())
                    continue;
                const QSize hint = item->sizeHint();
                const int width = std::min(hint.width(), std::max(area.width(), item->minimumSize().width()));
                item->setGeometry(
                    QRect(QPoint(x, y + (lineHeight - hint.height()) / 2), QSize(width, hint.height())));
                x += width + gap;
            }
        }
        if (lineHeight > 0)
            y += lineHeight + gap;
        lineStart = lineEnd;
    }
    const int used = y > area.y() ? y - gap - area.y() : 0;
    const QMargins m = contentsMargins();
    return used + m.top() + m.bottom();
}

} // namespace almanac
