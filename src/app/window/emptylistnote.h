#pragma once

#include <QLabel>

class QAbstractItemView;

namespace almanac {

class GuideListModel;

// What an empty Guides list means and what to do about it, shown over the list
// in place of blank rows: no guides yet, no search hits, or none in a stage.
class EmptyListNote : public QLabel
{
    Q_OBJECT

public:
    EmptyListNote(QAbstractItemView *view, GuideListModel *model);
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    GuideListModel *m_model;
};

} // namespace almanac
