#include "history/commentmarks.h"

#include "document/guidedocument.h"
#include "editor/markdownedit.h"

#include <QTimer>

namespace almanac {

namespace {

// Places a thread's words again this long after the last edit.
constexpr int RelocateDelayMs = 200;

} // namespace

CommentMarks::CommentMarks(CommentsPane *pane, GuideDocument *document, Editors editors, QObject *parent)
    : QObject(parent), m_pane(pane), m_editors(std::move(editors)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(RelocateDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_pane->relocate();
        refresh();
    });
    connect(document, &GuideDocument::changed, this, &CommentMarks::schedule);
    connect(pane, &CommentsPane::threadsChanged, this, &CommentMarks::refresh);
}

QList<TextMark> CommentMarks::marksIn(const QList<CommentsPane::Thread> &threads, const QString &path)
{
    QList<TextMark> out;
    for (const CommentsPane::Thread &t : threads) {
        if (t.path != path || t.first.resolved())
            continue;
        TextMark mark{t.first.id, 0, 0, TextMark::State::Open, {}};
        QString on;
        if (t.onWords()) {
            mark.start = int(t.place.start);
            mark.length = int(t.place.length);
            switch (t.place.fate) {
            case passage::Fate::Kept:
                on = tr("On \u201c%1\u201d (v%2)").arg(t.first.quote).arg(t.first.version);
                break;
            case passage::Fate::Changed:
                mark.state = TextMark::State::Changed;
                on = tr("On \u201c%1\u201d (v%2), since changed").arg(t.first.quote).arg(t.first.version);
                break;
            case passage::Fate::Gone:
                mark.state = TextMark::State::Gone;
                mark.length = 0;
                on = tr("On \u201c%1\u201d (v%2): those words are gone from the text")
                         .arg(t.first.quote)
                         .arg(t.first.version);
                break;
            }
        } else {
            on = tr("On all of this text (v%1)").arg(t.first.version);
        }
        mark.tip = on + QStringLiteral("\n") + CommentsPane::threadText(t);
        out.append(mark);
    }
    return out;
}

void CommentMarks::refresh()
{
    const QList<CommentsPane::Thread> &threads = m_pane->threads();
    for (const auto &[path, editor] : m_editors()) {
        if (!m_connected.contains(editor)) {
            m_connected.append(editor);
            connect(editor, &MarkdownEdit::commentMarkActivated, m_pane, &CommentsPane::choose);
            connect(editor, &QObject::destroyed, this, [this, editor] { m_connected.removeAll(editor); });
        }
        editor->setCommentMarks(marksIn(threads, path));
    }
}

void CommentMarks::schedule()
{
    m_timer->start();
}

} // namespace almanac
