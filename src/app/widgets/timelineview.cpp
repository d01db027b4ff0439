#include "widgets/timelineview.h"

#include "guide/partialdate.h"
#include "render/timelinemedia.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <array>
#include <limits>

namespace almanac {

namespace {

// The Julian day of 1 January; QDate has no year 0 (1 BCE is -1), so 0 counts as 1.
qint64 yearStart(int year)
{
    return QDate(year == 0 ? 1 : year, 1, 1).toJulianDay();
}

constexpr qreal margin = 14;
constexpr qreal dotRadius = 5;
constexpr qreal spanHalfHeight = 3;
constexpr qreal labelPadding = 4;
constexpr qreal labelGap = 6;
constexpr qreal undatedSpacing = 14;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Years between labelled ticks: the first step whose labels do not collide.
int yearStep(qreal pixelsPerYear, qreal labelWidth)
{
    static constexpr std::array steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};
    for (const int step : steps) {
        if (pixelsPerYear * step >= labelWidth)
            return step;
    }
    return steps.back();
}

} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(
        tr("The timeline entries drawn by date; the arrow keys move between entries, Enter opens one"));
}

TimelineView::~TimelineView() = default;

void TimelineView::setModel(QAbstractItemModel *model, int dateColumn, int titleColumn)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = model;
    m_dateColumn = dateColumn;
    m_titleColumn = titleColumn;
    m_current = QPersistentModelIndex();
    if (model) {
        const auto changed = [this] { invalidateLayout(); };
        m_connections = {
            connect(model, &QAbstractItemModel::dataChanged, this, changed),
            connect(model, &QAbstractItemModel::rowsInserted, this, changed),
            connect(model, &QAbstractItemModel::rowsRemoved, this, changed),
            connect(model, &QAbstractItemModel::rowsMoved, this, changed),
            connect(model, &QAbstractItemModel::modelReset, this, changed),
            connect(model, &QAbstractItemModel::layoutChanged, this, changed),
            connect(model, &QObject::destroyed, this, changed),
        };
    }
    invalidateLayout();
}

void TimelineView::setRecordRole(int role)
{
    m_recordRole = role;
    invalidateLayout();
}

void TimelineView::setCurrentRow(int row)
{
    const QPersistentModelIndex index(m_model && row >= 0 ? m_model->index(row, 0) : QModelIndex());
    if (index == m_current)
        return;
    m_current = index;
    update();
}

int TimelineView::currentRow() const
{
    return m_current.isValid() ? m_current.row() : -1;
}

QList<QRectF> TimelineView::dotRects() const
{
    ensureLayout();
    QList<QRectF> rects;
    rects.reserve(m_entries.size());
    for (const Entry &entry : std::as_const(m_entries))
        rects.append(entry.dot);
    return rects;
}

QList<QRectF> TimelineView::spanRects() const
{
    ensureLayout();
    QList<QRectF> rects;
    rects.reserve(m_entries.size());
    for (const Entry &entry : std::as_const(m_entries))
        rects.append(entry.span);
    return rects;
}

QString TimelineView::describe(int row) const
{
    ensureLayout();
    if (row < 0 || row >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(row);
    const QString title = entry.title.isEmpty() ? tr("untitled") : entry.title;
    QString tip = entry.dated ? tr("%1: %2").arg(entry.date, title) : tr("%1 (no date)").arg(title);
    if (!entry.media.isEmpty())
        tip += u'\n' + entry.media;
    return tip;
}

int TimelineView::rowAt(const QPointF &pos) const
{
    ensureLayout();
    // The nearest dot within reach wins: dots of close dates overlap.
    int best = -1;
    qreal bestDistance = (dotRadius + 4) * (dotRadius + 4);
    for (const Entry &entry : std::as_const(m_entries)) {
        const QPointF d = entry.dot.center() - pos;
        const qreal distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            best = entry.row;
            bestDistance = distance;
        }
    }
    if (best >= 0)
        return best;
    if (currentLabel().contains(pos))
        return currentRow();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.labelShown && !hiddenByCurrent(entry) && entry.label.contains(pos))
            return entry.row;
    }
    return -1;
}

QRectF TimelineView::currentLabel(QString *text) const
{
    ensureLayout();
    const int current = currentRow();
    if (current < 0 || current >= m_entries.size())
        return QRectF();
    const Entry &entry = m_entries.at(current);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    const QString title = metrics.elidedText(entry.title.isEmpty() ? tr("untitled") : entry.title,
                                             Qt::ElideRight, width() - 4 - 2 * labelPadding);
    QRectF label = entry.label;
    label.setWidth(metrics.horizontalAdvance(title) + 2 * labelPadding);
    if (label.right() > width() - 2)
        label.moveRight(width() - 2);
    label.moveLeft(std::max(label.left(), 2.0));
    if (text)
        *text = title;
    return label;
}

bool TimelineView::hiddenByCurrent(const Entry &entry) const
{
    return entry.row == currentRow() || currentLabel().intersects(entry.label);
}

QSize TimelineView::sizeHint() const
{
    return QSize(600, 160);
}

QSize TimelineView::minimumSizeHint() const
{
    return QSize(240, 100);
}

void TimelineView::invalidateLayout()
{
    m_dirty = true;
    update();
}

void TimelineView::ensureLayout() const
{
    if (!m_dirty)
        return;
    layoutEntries();
    m_dirty = false;
}

void TimelineView::layoutEntries() const
{
    m_entries.clear();
    m_order.clear();
    const QFontMetricsF fm(font());
    const int rowCount = m_model ? m_model->rowCount() : 0;
    int firstYear = std::numeric_limits<int>::max();
    int lastYear = std::numeric_limits<int>::min();
    QList<int> undated;
    for (int row = 0; row < rowCount; ++row) {
        Entry entry;
        entry.row = row;
        entry.title = m_model->index(row, m_titleColumn).data(Qt::DisplayRole).toString().simplified();
        const QString date = m_model->index(row, m_dateColumn).data(Qt::EditRole).toString().trimmed();
        if (const std::optional<PartialDate> parsed = PartialDate::parse(date)) {
            entry.dated = true;
            entry.date = parsed->toDisplayString();
            // Years beyond what the axis can draw (cosmic ones) sit at its ends.
            const int year = int(std::clamp<qint64>(parsed->year(), -1'000'000, 1'000'000));
            const QDate firstDay = parsed->firstDay();
            entry.day = firstDay.isValid() ? firstDay.toJulianDay() : yearStart(year);
            firstYear = std::min(firstYear, year);
            lastYear = std::max(lastYear, year + 1);
            if (parsed->end()) {
                const PartialDate end(*parsed->end());
                const int endYear = int(std::clamp<qint64>(end.year(), -1'000'000, 1'000'000));
                const QDate endDay = end.firstDay();
                entry.endDay =
                    std::max(entry.day, endDay.isValid() ? endDay.toJulianDay() : yearStart(endYear));
                lastYear = std::max(lastYear, endYear + 1);
            }
            m_order.append(row);
        } else {
            undated.append(row);
        }
        if (m_recordRole >= 0) {
            const TimelineMedia media =
                TimelineMedia::of(m_model->index(row, m_titleColumn).data(m_recordRole).toJsonObject());
            const QString words = !media.caption.isEmpty() ? media.caption : media.credit;
            switch (media.kind) {
            case TimelineMedia::Kind::None:
                break;
            case TimelineMedia::Kind::Image:
                entry.mediaMark = QStringLiteral("\u25A3 ");
                entry.media = tr("Image: %1").arg(words.isEmpty() ? media.url : words);
                break;
            case TimelineMedia::Kind::Quote:
                entry.mediaMark = QStringLiteral("\u201C ");
                entry.media = tr("Quote: %1").arg(media.quote.left(160));
                break;
            case TimelineMedia::Kind::Link:
                entry.mediaMark = QStringLiteral("\u2197 ");
                entry.media = tr("Link: %1").arg(words.isEmpty() ? media.url : words);
                break;
            }
            // An event whose quote is all it has is named by its quote.
            if (entry.title.isEmpty() && media.kind == TimelineMedia::Kind::Quote)
                entry.title = media.quote.simplified();
        }
        m_entries.append(entry);
    }
    std::stable_sort(m_order.begin(), m_order.end(),
                     [this](int a, int b) { return m_entries.at(a).day < m_entries.at(b).day; });
    const qsizetype datedCount = m_order.size();
    m_order.append(undated);

    // Horizontal: the dated span, then a separate stretch for the undated entries.
    m_axisLeft = margin;
    m_axisRight = std::max(m_axisLeft + 1, width() - margin);
    m_axisY = height() - (fm.height() + 14);
    m_firstYear = datedCount ? firstYear : 0;
    m_lastYear = datedCount ? lastYear : 0;
    if (undated.isEmpty()) {
        m_undatedLeft = -1;
        m_datedRight = m_axisRight;
    } else if (!datedCount) {
        m_undatedLeft = m_axisLeft;
        m_datedRight = m_axisLeft;
    } else {
        const qreal wanted = std::max(qreal(undated.size()) * undatedSpacing + 2 * margin,
                                      fm.horizontalAdvance(tr("no date")) + 2 * margin);
        m_undatedLeft = m_axisRight - std::min(wanted, (m_axisRight - m_axisLeft) / 3);
        m_datedRight = m_undatedLeft - 2 * margin;
    }
    if (datedCount) {
        const qint64 first = yearStart(m_firstYear);
        const qint64 last = yearStart(m_lastYear);
        const qreal scale = (m_datedRight - m_axisLeft) / qreal(last - first);
        for (qsizetype i = 0; i < datedCount; ++i) {
            Entry &entry = m_entries[m_order.at(i)];
            const qreal x = m_axisLeft + qreal(entry.day - first) * scale;
            entry.dot = QRectF(x - dotRadius, m_axisY - dotRadius, 2 * dotRadius, 2 * dotRadius);
            if (entry.endDay >= 0) {
                // At least as long as the dot is wide, so that a short range still shows.
                const qreal endX =
                    std::max(m_axisLeft + qreal(entry.endDay - first) * scale, x + 2 * dotRadius);
                entry.span = QRectF(x, m_axisY - spanHalfHeight, endX - x, 2 * spanHalfHeight);
            }
        }
    }
    if (!undated.isEmpty()) {
        const qreal span = m_axisRight - m_undatedLeft - 2 * margin;
        const qreal step =
            undated.size() > 1 ? std::min(undatedSpacing, span / qreal(undated.size() - 1)) : 0;
        const qreal start = (m_undatedLeft + m_axisRight) / 2 - step * qreal(undated.size() - 1) / 2;
        for (qsizetype i = 0; i < undated.size(); ++i) {
            const qreal x = start + qreal(i) * step;
            m_entries[undated.at(i)].dot =
                QRectF(x - dotRadius, m_axisY - dotRadius, 2 * dotRadius, 2 * dotRadius);
        }
    }

    // Vertical: labels in rows above the axis, each in the lowest row where it
    // does not touch the label before it; labels that fit nowhere are left out.
    const qreal lineHeight = fm.height() + 3;
    const qreal firstRowBottom = m_axisY - dotRadius - 8;
    const int rows = std::max(1, int((firstRowBottom - 4) / lineHeight));
    const qreal maxLabelWidth = std::clamp(width() / 3.0, 90.0, 220.0);
    QList<qreal> rowEnd(rows, -std::numeric_limits<qreal>::infinity());
    for (const int index : std::as_const(m_order)) {
        Entry &entry = m_entries[index];
        const QString title = entry.mediaMark + (entry.title.isEmpty() ? tr("untitled") : entry.title);
        entry.labelText = fm.elidedText(title, Qt::ElideRight, maxLabelWidth);
        const qreal labelWidth = fm.horizontalAdvance(entry.labelText) + 2 * labelPadding;
        const qreal x = entry.dot.center().x();
        // A flag to the right of its pole, or to the left of it when that is
        // what fits (near the right edge, or where a row is taken on the right).
        const qreal maxLeft = width() - 4 - labelWidth;
        const qreal flagRight = std::clamp(x - 1, 4.0, std::max(4.0, maxLeft));
        const qreal flagLeft = std::clamp(x + 1 - labelWidth, 4.0, std::max(4.0, maxLeft));
        entry.label = QRectF(flagRight, firstRowBottom - lineHeight, labelWidth, lineHeight);
        for (int row = 0; row < rows && !entry.labelShown; ++row) {
            for (const qreal left : {flagRight, flagLeft}) {
                if (left >= rowEnd.at(row) + labelGap) {
                    entry.label.moveTo(left, firstRowBottom - (row + 1) * lineHeight);
                    entry.labelShown = true;
                    rowEnd[row] = left + labelWidth;
                    break;
                }
            }
        }
    }
}

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor axis = mix(base, text, 0.45);
    const QColor leader = mix(base, text, 0.3);
    const QColor secondary = mix(base, text, 0.7);
    const QFontMetricsF fm(font());

    painter.fillRect(rect(), base);
    painter.setPen(QPen(hasFocus() ? accent : mix(base, text, 0.2), 1));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));

    if (m_entries.isEmpty()) {
        painter.setPen(QPen(axis, 1.5));
        painter.drawLine(QPointF(m_axisLeft, m_axisY), QPointF(m_axisRight, m_axisY));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(rect()).adjusted(0, 0, 0, -(height() - m_axisY)), Qt::AlignCenter,
                         tr("No timeline entries yet"));
        return;
    }

    // The axis, with year ticks spaced so their labels do not collide.
    if (m_firstYear) {
        painter.setPen(QPen(axis, 1.5));
        painter.drawLine(QPointF(m_axisLeft, m_axisY), QPointF(m_datedRight, m_axisY));
        const qreal pixelsPerYear = (m_datedRight - m_axisLeft) / qreal(m_lastYear - m_firstYear);
        const qreal labelWidth = fm.horizontalAdvance(QStringLiteral("0000")) + 10;
        const int step = yearStep(pixelsPerYear, labelWidth);
        const bool minorTicks = step > 1 && pixelsPerYear >= 4;
        for (int year = m_firstYear; year <= m_lastYear; ++year) {
            const qreal x = m_axisLeft + qreal(year - m_firstYear) * pixelsPerYear;
            if (year % step == 0) {
                painter.setPen(QPen(axis, 1.5));
                painter.drawLine(QPointF(x, m_axisY), QPointF(x, m_axisY + 6));
                QRectF label(x - labelWidth / 2, m_axisY + 8, labelWidth, fm.height());
                label.moveLeft(std::clamp(label.left(), 1.0, width() - 1 - labelWidth));
                painter.setPen(secondary);
                painter.drawText(label, Qt::AlignCenter, QString::number(year));
            } else if (minorTicks) {
                painter.setPen(QPen(axis, 1));
                painter.drawLine(QPointF(x, m_axisY), QPointF(x, m_axisY + 3));
            }
        }
    }
    if (m_undatedLeft >= 0) {
        painter.setPen(QPen(axis, 1.5, Qt::DashLine));
        painter.drawLine(QPointF(m_undatedLeft, m_axisY), QPointF(m_axisRight, m_axisY));
        QFont italic = font();
        italic.setItalic(true);
        painter.setFont(italic);
        painter.setPen(secondary);
        painter.drawText(QRectF(m_undatedLeft, m_axisY + 8, m_axisRight - m_undatedLeft, fm.height()),
                         Qt::AlignCenter, tr("no date"));
        painter.setFont(font());
    }

    const int current = currentRow();
    QString currentTitle;
    const QRectF currentRect = currentLabel(&currentTitle);
    // Labels under the highlighted one are left out rather than half covered.
    const auto visible = [&](const Entry &entry) {
        return entry.labelShown && entry.row != current && !currentRect.intersects(entry.label);
    };
    const auto drawLeader = [&](const Entry &entry, const QColor &color) {
        const qreal x = entry.dot.center().x();
        painter.setPen(QPen(color, 1));
        painter.drawLine(QPointF(x, entry.dot.top()), QPointF(x, entry.label.bottom()));
    };
    for (const Entry &entry : std::as_const(m_entries)) {
        if (visible(entry))
            drawLeader(entry, leader);
    }
    if (current >= 0 && current < m_entries.size())
        drawLeader(m_entries.at(current), accent);
    QFont undatedFont = font();
    undatedFont.setItalic(true);
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!visible(entry))
            continue;
        // Opaque, so the poles of higher labels pass behind lower ones.
        painter.fillRect(entry.label, base);
        painter.setFont(entry.dated ? font() : undatedFont);
        painter.setPen(text);
        painter.drawText(entry.label.adjusted(labelPadding, 0, -labelPadding, 0),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.labelText);
    }
    painter.setFont(font());

    // Ranges under the dots: a bar from the start to the end along the axis.
    QColor spanColor = accent;
    spanColor.setAlphaF(0.45f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(spanColor);
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.span.isEmpty())
            painter.drawRoundedRect(entry.span, spanHalfHeight, spanHalfHeight);
    }
    for (const int index : std::as_const(m_order)) {
        const Entry &entry = m_entries.at(index);
        if (entry.dated) {
            painter.setPen(QPen(base, 1.5));
            painter.setBrush(accent);
        } else {
            painter.setPen(QPen(accent, 1.5));
            painter.setBrush(base);
        }
        painter.drawEllipse(entry.dot.adjusted(0.75, 0.75, -0.75, -0.75));
    }

    // The current entry on top of everything: a ring, and its label even when it
    // found no free row.
    if (current >= 0 && current < m_entries.size()) {
        const Entry &entry = m_entries.at(current);
        painter.setPen(QPen(text, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(entry.dot.adjusted(-3, -3, 3, 3));
        QFont bold = font();
        bold.setBold(true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawRoundedRect(currentRect, 3, 3);
        painter.setFont(bold);
        painter.setPen(pal.color(QPalette::HighlightedText));
        painter.drawText(currentRect.adjusted(labelPadding, 0, -labelPadding, 0),
                         Qt::AlignLeft | Qt::AlignVCenter, currentTitle);
    }
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(), describe(row), this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidateLayout();
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        invalidateLayout();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int row = rowAt(event->position());
    if (row >= 0)
        activate(row);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (rowAt(event->position()) >= 0)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    ensureLayout();
    if (m_order.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    // Keys move in drawing order (by date), not in model order.
    const qsizetype at = m_order.indexOf(currentRow());
    qsizetype to = -1;
    switch (event->key()) {
    case Qt::Key_Left:
        to = at < 0 ? 0 : std::max<qsizetype>(0, at - 1);
        break;
    case Qt::Key_Right:
        to = at < 0 ? 0 : std::min<qsizetype>(m_order.size() - 1, at + 1);
        break;
    case Qt::Key_Home:
        to = 0;
        break;
    case Qt::Key_End:
        to = m_order.size() - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        to = at;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (to >= 0)
        activate(m_order.at(to));
}

void TimelineView::activate(int row)
{
    setCurrentRow(row);
    Q_EMIT rowActivated(row);
}

} // namespace almanac
