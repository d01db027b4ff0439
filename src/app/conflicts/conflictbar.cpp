#include "conflicts/conflictbar.h"

#include "document/draftsync.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace almanac {

ConflictBar::ConflictBar(DraftSync *sync, QWidget *parent)
    : QFrame(parent), m_sync(sync), m_label(new QLabel(this)),
      m_resolve(new QPushButton(tr("Resolve in &Merge View…"), this))
{
    setObjectName(QStringLiteral("conflictBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc2));
    p.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    setPalette(p);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_resolve->setToolTip(tr("Compare your edits with the other side, conflict by conflict, and decide"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_resolve);
    connect(m_resolve, &QPushButton::clicked, this, &ConflictBar::resolveRequested);
    connect(sync, &DraftSync::conflictsChanged, this, &ConflictBar::update);
    connect(sync, &DraftSync::stateChanged, this, &ConflictBar::update);
    setAccessibleName(tr("Conflicts"));
    update();
}

void ConflictBar::update()
{
    const auto &pending = m_sync->pending();
    const bool removed = m_sync->state() == DraftSync::State::Removed;
    setVisible(pending.has_value() || removed);
    m_resolve->setVisible(pending.has_value());
    if (removed && !pending) {
        m_label->setText(tr("Another program deleted this guide. Your text is still here and was not saved; "
                            "use File ▸ Export or copy what you need before closing it."));
        return;
    }
    if (!pending)
        return;
    const QString at = QLocale().toString(pending->when.toLocalTime().time(), QLocale::ShortFormat);
    const int n = static_cast<int>(pending->conflictCount);
    const QString with =
        pending->theirsRevision == 0 ? tr("%n conflict(s) with the imported file", nullptr, n)
        : pending->who.isEmpty()
            ? tr("%n conflict(s) with changes saved at %1", nullptr, n).arg(at)
            : tr("%n conflict(s) with changes saved at %1 by %2", nullptr, n).arg(at, pending->who);
    m_label->setText(
        with + QStringLiteral(" — ") +
        tr("your edits are kept in the workspace and nothing of either side is overwritten until "
           "you decide."));
}

} // namespace almanac
