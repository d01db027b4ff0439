#include "editor/commentmargin.h"

#include "editor/markdownedit.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QToolTip>

namespace almanac {

namespace {

constexpr int Width = 22;

QColor markColor(TextMark::State state, bool dark)
{
    switch (state) {
    case TextMark::State::Open:
        return dark ? QColor(0xe0, 0xa8, 0x2e) : QColor(0xd9, 0x8e, 0x04);
    case TextMark::State::Changed:
        return dark ? QColor(0xe0, 0x7b, 0x39) : QColor(0xc2, 0x5e, 0x0c);
    case TextMark::State::Gone:
        return QColor(0x8a, 0x8a, 0x8a);
    }
    return {};
}

} // namespace

CommentMargin::CommentMargin(MarkdownEdit *editor) : QWidget(editor), m_editor(editor)
{
    setAccessibleName(tr("Comments in the margin"));
    setCursor(Qt::PointingHandCursor);
}

void CommentMargin::setMarks(const QList<TextMark> &marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    setAccessibleDescription(tr("%n comment(s) on this text", nullptr, int(marks.size())));
    update();
}

int CommentMargin::preferredWidth() const
{
    return m_marks.isEmpty() ? 0 : Width;
}

int CommentMargin::blockOf(const TextMark &mark) const
{
    if (mark.state == TextMark::State::Gone || mark.length == 0)
        return 0;
    return m_editor->document()->findBlock(mark.start).blockNumber();
}

QRect CommentMargin::bubbleRect(const TextMark &mark) const
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(blockOf(mark));
    if (!block.isValid() || !block.isVisible())
        return {};
    const QRectF line = m_editor->blockBoundingGeometry(block).translated(m_editor->contentOffset());
    const int lineHeight = m_editor->fontMetrics().height();
    const QRect r(3, int(line.top()) + (lineHeight - 13) / 2 + 1, Width - 6, 13);
    return r.bottom() < 0 || r.top() > height() ? QRect() : r;
}

QList<TextMark> CommentMargin::marksAt(int y) const
{
    QList<TextMark> out;
    for (const TextMark &m : m_marks) {
        const QRect r = bubbleRect(m);
        if (!r.isEmpty() && y >= r.top() - 3 && y <= r.bottom() + 3)
            out.append(m);
    }
    return out;
}

void CommentMargin::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    p.fillRect(rect(), palette().color(QPalette::AlternateBase));
    // One bubble per line, in the colour of its first mark, with a count for more.
    QHash<int, int> perLine;
    for (const TextMark &m : std::as_const(m_marks))
        ++perLine[blockOf(m)];
    QSet<int> drawn;
    for (const TextMark &m : std::as_const(m_marks)) {
        const int line = blockOf(m);
        const QRect r = bubbleRect(m);
        if (r.isEmpty() || drawn.contains(line))
            continue;
        drawn.insert(line);
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(r).adjusted(0, 0, 0, -3), 3, 3);
        QPolygonF tail;
        tail << QPointF(r.left() + 4, r.bottom() - 3) << QPointF(r.left() + 4, r.bottom() + 1)
             << QPointF(r.left() + 9, r.bottom() - 3);
        bubble.addPolygon(tail);
        bubble = bubble.simplified();
        const QColor color = markColor(m.state, dark);
        if (m.state == TextMark::State::Gone) {
            p.setPen(QPen(color, 1.2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
        }
        p.drawPath(bubble);
        if (perLine.value(line) > 1) {
            QFont f = font();
            f.setPixelSize(9);
            f.setBold(true);
            p.setFont(f);
            p.setPen(m.state == TextMark::State::Gone ? color : Qt::white);
            p.drawText(QRectF(r).adjusted(0, 0, 0, -3), Qt::AlignCenter,
                       QString::number(perLine.value(line)));
        }
    }
}

bool CommentMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QStringList tips;
        for (const TextMark &m : marksAt(help->pos().y()))
            tips << m.tip;
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tips.join(QStringLiteral("\n\n")), this);
        return true;
    }
    return QWidget::event(event);
}

void CommentMargin::mousePressEvent(QMouseEvent *event)
{
    const QList<TextMark> here = marksAt(int(event->position().y()));
    if (here.isEmpty())
        return QWidget::mousePressEvent(event);
    Q_EMIT activated(here.first().id);
    QStringList tips;
    for (const TextMark &m : here)
        tips << m.tip;
    QToolTip::showText(event->globalPosition().toPoint(), tips.join(QStringLiteral("\n\n")), this);
}

// MarkdownEdit's side of the comment marks: the words highlighted, the margin sized.

void MarkdownEdit::setCommentMarks(const QList<TextMark> &marks)
{
    if (marks == m_margin->marks())
        return;
    m_margin->setMarks(marks);
    m_markSelections.clear();
    m_markStates.clear();
    const int end = document()->characterCount() - 1;
    for (const TextMark &m : marks) {
        if (m.length <= 0 || m.state == TextMark::State::Gone || m.start >= end)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(m.start);
        selection.cursor.setPosition(std::min(m.start + m.length, end), QTextCursor::KeepAnchor);
        selection.format.setToolTip(m.tip);
        m_markSelections.append(selection);
        m_markStates.append(m.state);
    }
    colourMarks();
    placeMargin();
}

// The marks' colours for the palette in use: light on a light page, dark on a
// dark or high-contrast one, so the words on them stay legible.
void MarkdownEdit::colourMarks()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor open = dark ? QColor(0x5c, 0x4a, 0x12) : QColor(0xff, 0xec, 0xa0);
    const QColor changed = dark ? QColor(0x5c, 0x36, 0x12) : QColor(0xff, 0xd8, 0xb0);
    for (qsizetype i = 0; i < m_markSelections.size(); ++i) {
        m_markSelections[i].format.setBackground(m_markStates[i] == TextMark::State::Open ? open : changed);
        m_markSelections[i].format.setForeground(palette().color(QPalette::Text));
    }
    showSelections();
}

void MarkdownEdit::selectMark(const QString &id)
{
    for (const TextMark &m : m_margin->marks()) {
        if (m.id != id)
            continue;
        QTextCursor cursor(document());
        const int end = document()->characterCount() - 1;
        if (m.length > 0 && m.state != TextMark::State::Gone && m.start < end) {
            cursor.setPosition(m.start);
            cursor.setPosition(std::min(m.start + m.length, end), QTextCursor::KeepAnchor);
        }
        setTextCursor(cursor);
        ensureCursorVisible();
        return;
    }
}

} // namespace almanac
