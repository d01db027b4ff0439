#pragma once

#include "editor/commentmargin.h"
#include "history/commentspane.h"

#include <QObject>
#include <functional>

class QTimer;

namespace almanac {

class GuideDocument;
class MarkdownEdit;

// The open comment threads of a guide, shown in its text editors: the words
// each is on highlighted and a bubble in the margin, where CommentsPane placed
// them in the draft, placed again a moment after each edit. Clicking a bubble
// chooses its thread in the list.
class CommentMarks : public QObject
{
    Q_OBJECT

public:
    // The text editors on screen, each with the field it shows ("tldr",
    // "sections[2].body").
    using Editors = std::function<QList<std::pair<QString, MarkdownEdit *>>()>;

    CommentMarks(CommentsPane *pane, GuideDocument *document, Editors editors, QObject *parent = nullptr);

    // The marks of the open threads in one field of the draft.
    static QList<TextMark> marksIn(const QList<CommentsPane::Thread> &threads, const QString &path);
    // Shows the marks now, as the threads were last placed.
    void refresh();
    // Places the threads again and shows them, after a short pause (edits come in bursts).
    void schedule();

private:
    CommentsPane *m_pane;
    Editors m_editors;
    QTimer *m_timer;
    QList<MarkdownEdit *> m_connected;
};

} // namespace almanac
