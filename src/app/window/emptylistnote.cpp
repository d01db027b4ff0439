#include "window/emptylistnote.h"

#include "window/guidelistmodel.h"

#include <QAbstractItemView>
#include <QEvent>

namespace almanac {

EmptyListNote::EmptyListNote(QAbstractItemView *view, GuideListModel *model)
    : QLabel(view->viewport()), m_view(view), m_model(model)
{
    setObjectName(QStringLiteral("emptyListNote"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setMargin(12);
    setForegroundRole(QPalette::PlaceholderText);
    view->viewport()->installEventFilter(this);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyListNote::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyListNote::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyListNote::refresh);
    connect(model, &GuideListModel::searchFinished, this, &EmptyListNote::refresh);
    refresh();
}

void EmptyListNote::refresh()
{
    if (m_model->rowCount() > 0) {
        hide();
        return;
    }
    const QString search = m_model->filter().trimmed();
    const QString stage = m_model->stageFilter();
    if (!search.isEmpty())
        setText(tr("No guide matches “%1”. Try fewer or other words, or clear the search.").arg(search));
    else if (stage == GuideListModel::awaitingMyReview)
        setText(tr("Nothing awaits your review. Versions you made yourself are reviewed by someone else."));
    else if (!stage.isEmpty())
        setText(tr("No guide is at this stage. Choose “All guides” above to see them all."));
    else
        setText(tr("No guides yet. Make one with File ▸ New Guide (Ctrl+N), or bring some in with "
                   "File ▸ Import… (Ctrl+I)."));
    resize(m_view->viewport()->size());
    show();
}

bool EmptyListNote::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        resize(m_view->viewport()->size());
    return QLabel::eventFilter(watched, event);
}

} // namespace almanac
