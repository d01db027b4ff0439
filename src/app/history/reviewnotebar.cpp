#include "history/reviewnotebar.h"

#include "widgets/bidi.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace almanac {

ReviewNoteBar::ReviewNoteBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_history(new QPushButton(tr("Vie&w in History"), this))
{
    setObjectName(QStringLiteral("reviewNoteBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    p.setColor(QPalette::WindowText, QColor(0x4a, 0x0d, 0x0b));
    setPalette(p);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_history);
    connect(m_history, &QPushButton::clicked, this, &ReviewNoteBar::historyRequested);
    setAccessibleName(tr("Request for changes"));
    setVisible(false);
}

void ReviewNoteBar::setState(const ReviewState &state)
{
    const bool open = state.stage == ReviewState::Stage::ChangesRequested;
    setVisible(open);
    if (!open)
        return;
    // Names, the date and the note keep their own direction inside the interface's sentence.
    const QString when = isolated(QLocale().toString(state.noteAt.toLocalTime(), QLocale::ShortFormat));
    const QString who = state.noteBy.isEmpty() ? tr("A reviewer") : isolated(state.noteBy);
    m_label->setText(state.note.isEmpty()
                         ? tr("%1 asked for changes to v%2 on %3.").arg(who).arg(state.latest).arg(when)
                         : tr("%1 asked for changes to v%2 on %3: “%4”")
                               .arg(who)
                               .arg(state.latest)
                               .arg(when, isolated(state.note)));
    m_label->setToolTip(state.note);
}

} // namespace almanac
