#include "window/presencemarks.h"

#include "editor/guideeditor.h"
#include "store/workspacesession.h"

#include <QApplication>
#include <QHash>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabWidget>

namespace almanac {

PresenceMarks::PresenceMarks(QTabWidget *tabs) : QObject(tabs), m_tabs(tabs)
{
    // Keystrokes anywhere in a guide's editor, whichever field has the focus.
    qApp->installEventFilter(this);
}

void PresenceMarks::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &WorkspaceSession::presenceChanged, this, &PresenceMarks::refresh);
    tabsChanged();
}

void PresenceMarks::tabsChanged()
{
    if (!m_session)
        return;
    QStringList ids;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *e = qobject_cast<GuideEditor *>(m_tabs->widget(i)))
            ids << e->document()->guide().id;
    }
    m_session->setOpenGuides(ids);
    refresh();
}

void PresenceMarks::refresh()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *e = qobject_cast<GuideEditor *>(m_tabs->widget(i));
        if (!e)
            continue;
        const QList<Presence> present =
            m_session ? m_session->presenceIn(e->document()->guide().id) : QList<Presence>();
        m_tabs->setTabIcon(i, QIcon(markFor(present)));
        m_tabs->setTabToolTip(i, present.isEmpty()
                                     ? e->slug()
                                     : tr("%1\nAlso open by %2").arg(e->slug(), presence::describe(present)));
    }
}

bool PresenceMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_session || !watched->isWidgetType())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool edits =
        !key->text().isEmpty() || key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete;
    if (!edits || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return false;
    for (QWidget *w = static_cast<QWidget *>(watched); w; w = w->parentWidget()) {
        if (auto *e = qobject_cast<GuideEditor *>(w)) {
            if (m_tabs->indexOf(e) >= 0)
                m_session->noteTyping(e->document()->guide().id);
            break;
        }
    }
    return false;
}

QPixmap PresenceMarks::mark(bool typing)
{
    static QHash<bool, QPixmap> marks;
    if (const auto it = marks.constFind(typing); it != marks.cend())
        return *it;
    // A head and shoulders; while someone types, with a pencil stroke beside it.
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const QColor color = typing ? QColor(0xef, 0x6c, 0x00) : QColor(0x1e, 0x88, 0xe5);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(3, 1, 6, 6));
    QPainterPath body;
    body.moveTo(0.5, 15);
    body.cubicTo(0.5, 8, 11.5, 8, 11.5, 15);
    body.closeSubpath();
    painter.drawPath(body);
    if (typing) {
        painter.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(15, 6), QPointF(11, 12));
    }
    painter.end();
    marks.insert(typing, pixmap);
    return pixmap;
}

QPixmap PresenceMarks::markFor(const QList<Presence> &present)
{
    if (present.isEmpty())
        return {};
    const bool typing =
        std::any_of(present.cbegin(), present.cend(), [](const Presence &p) { return p.typing; });
    return mark(typing);
}

} // namespace almanac
