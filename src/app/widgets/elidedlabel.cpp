#include "widgets/elidedlabel.h"

#include <QEvent>
#include <QFontMetricsF>
#include <cmath>

namespace almanac {

ElidedLabel::ElidedLabel(QWidget *parent, int widest) : QLabel(parent), m_widest(widest)
{
    setTextFormat(Qt::PlainText);
}

void ElidedLabel::say(const QString &text, const QString &tip)
{
    m_full = text;
    m_tip = tip;
    updateGeometry();
    elide();
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_full, Qt::ElideRight, contentsRect().width());
    setText(shown);
    if (shown == m_full)
        setToolTip(m_tip);
    else
        setToolTip(m_tip.isEmpty() ? m_full : m_full + QStringLiteral("\n\n") + m_tip);
}

QSize ElidedLabel::sizeHint() const
{
    // From the whole text, not the elided one, so that eliding never shrinks
    // what the layout gives it.
    const QMargins m = contentsMargins();
    // (Rounded up, and a pixel more: elidedText measures in fractions of a pixel.)
    const int text = static_cast<int>(std::ceil(QFontMetricsF(font()).horizontalAdvance(m_full))) + 1;
    const int width = text + m.left() + m.right() + 2 * margin();
    return {std::min(width, m_widest), QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {std::min(sizeHint().width(), 160), QLabel::minimumSizeHint().height()};
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // A style sheet that turns the text bold, say: it takes more room now.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
        elide();
    }
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

} // namespace almanac
