#pragma once

#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QRectF>
#include <QWidget>

class QAbstractItemModel;

namespace almanac {

// Draws a guide's timeline from a model: an axis scaled by date with year ticks,
// a dot per entry (hollow and set apart for undated ones), a bar along the axis
// to the end of a date range, and the titles as labels stacked so they do not
// overlap, marked when the entry has media (an image, a quote or a link). Clicking an entry, or moving to it
// with the arrow keys, emits rowActivated.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // dateColumn holds "YYYY", "YYYY-MM", "YYYY-MM-DD" or nothing (Qt::EditRole);
    // titleColumn the label (Qt::DisplayRole).
    void setModel(QAbstractItemModel *model, int dateColumn, int titleColumn);
    // The role that gives an entry's TimelineJS fields (a QJsonObject), whose
    // media is marked on the label and described in the tooltip; -1 for none.
    void setRecordRole(int role);
    QAbstractItemModel *model() const { return m_model; }

    void setCurrentRow(int row);
    int currentRow() const;

    // Where each model row's dot is drawn, indexed by row.
    QList<QRectF> dotRects() const;
    // Where each model row's range bar is drawn (empty for one date), indexed by row.
    QList<QRectF> spanRects() const;
    // What the tooltip says of a row: its date or range, title and media.
    QString describe(int row) const;
    // The row whose dot or label is at pos, or -1.
    int rowAt(const QPointF &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void rowActivated(int row);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Entry
    {
        int row = 0;
        QString title;
        QString date; // as shown: "27 Aug 2015", or empty when undated
        bool dated = false;
        qint64 day = 0;     // Julian day of the date's first day
        qint64 endDay = -1; // for a range, the Julian day its end starts on
        QRectF dot;
        QRectF span;   // a range's bar along the axis, else empty
        QString media; // what the entry's media is, for the tooltip; empty for none
        QString mediaMark;
        QRectF label;
        QString labelText;
        bool labelShown = false;
    };

    void invalidateLayout();
    void ensureLayout() const;
    void layoutEntries() const;
    void activate(int row);
    // Where the current entry's highlighted label goes (its whole title when it fits).
    QRectF currentLabel(QString *text = nullptr) const;
    bool hiddenByCurrent(const Entry &entry) const;

    QPointer<QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    int m_dateColumn = 0;
    int m_titleColumn = 1;
    int m_recordRole = -1;
    QPersistentModelIndex m_current;

    // Computed lazily from the model and the widget's size.
    mutable bool m_dirty = true;
    mutable QList<Entry> m_entries; // in model row order
    mutable QList<int> m_order;     // indexes into m_entries, left to right
    mutable qreal m_axisY = 0;
    mutable qreal m_axisLeft = 0;
    mutable qreal m_datedRight = 0;
    mutable qreal m_undatedLeft = -1; // -1 when every entry has a date
    mutable qreal m_axisRight = 0;
    mutable int m_firstYear = 0;
    mutable int m_lastYear = 0; // the axis ends on 1 January of m_lastYear
};

} // namespace almanac
