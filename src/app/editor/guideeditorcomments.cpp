// GuideEditor and comments: where a new comment goes (the item being edited
// and the words selected in it), the marks of the open threads in the text
// editors, and going to a thread's words.

#include "editor/guideeditor.h"
#include "editor/markdownedit.h"
#include "editor/partpage.h"
#include "guide/items.h"
#include "history/commentmarks.h"
#include "history/commentspane.h"
#include "history/historypanel.h"
#include "ui_overviewform.h"

#include <QMessageBox>
#include <QTabWidget>
#include <QTreeWidget>

namespace almanac {

void GuideEditor::setUpComments()
{
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) != m_history)
            m_lastEditTab = index;
    });
    // A new comment is on the item being edited; opening one goes to its words.
    m_history->setCurrentPlace([this] { return editorPlace(); });
    connect(m_history, &HistoryPanel::placeRequested, this, &GuideEditor::goToWords);
    m_marks = new CommentMarks(
        m_history->commentsPane(), m_doc, [this] { return textEditors(); }, this);
    // Another item shown: its marks, once its text is in the editor.
    for (PartPage *page : std::as_const(m_pages))
        connect(page, &PartPage::currentRowChanged, m_marks, &CommentMarks::refresh, Qt::QueuedConnection);
    m_marks->refresh();
}

void GuideEditor::replyToComment()
{
    CommentsPane *pane = m_history->commentsPane();
    for (const auto &[path, editor] : textEditors()) {
        if (!editor->hasFocus())
            continue;
        // The words the cursor is in, else a comment on all of the text.
        const int at = editor->textCursor().position();
        QString found;
        for (const TextMark &m : editor->commentMargin()->marks()) {
            if (m.length > 0 && at >= m.start && at <= m.start + m.length)
                found = m.id;
        }
        for (const TextMark &m : editor->commentMargin()->marks()) {
            if (found.isEmpty() && m.length == 0)
                found = m.id;
        }
        if (!found.isEmpty())
            pane->choose(found);
    }
    if (!pane->tree()->currentItem()) {
        QMessageBox::information(this, tr("Reply to Comment"),
                                 tr("Put the cursor in the words of a comment, or choose one in History."));
        return;
    }
    pane->startReply();
}

QList<std::pair<QString, MarkdownEdit *>> GuideEditor::textEditors() const
{
    QList<std::pair<QString, MarkdownEdit *>> out{{QStringLiteral("tldr"), m_overview->tldrEdit}};
    for (PartPage *page : m_pages) {
        const QString part = GuideDocument::partKey(page->part());
        const QString field = items::textField(part);
        auto *editor = qobject_cast<MarkdownEdit *>(page->detailEditor(field));
        if (editor && page->currentRow() >= 0)
            out.append({QStringLiteral("%1[%2].%3").arg(part).arg(page->currentRow()).arg(field), editor});
    }
    return out;
}

EditorPlace GuideEditor::editorPlace() const
{
    const Guide &g = m_doc->guide();
    QWidget *tab =
        m_tabs->currentWidget() == m_history ? m_tabs->widget(m_lastEditTab) : m_tabs->currentWidget();
    EditorPlace place{QStringLiteral("metadata"), g.id, 0, 0};
    MarkdownEdit *editor = m_overview->tldrEdit;
    if (const auto *p = qobject_cast<PartPage *>(tab)) {
        if (p->currentRow() < 0)
            return place;
        place.part = GuideDocument::partKey(p->part());
        place.partId = m_doc->itemId(p->part(), p->currentRow());
        editor = qobject_cast<MarkdownEdit *>(p->detailEditor(items::textField(place.part)));
    }
    if (editor && editor->textCursor().hasSelection()) {
        place.selectionStart = editor->textCursor().selectionStart();
        place.selectionLength = editor->textCursor().selectionEnd() - place.selectionStart;
    }
    return place;
}

void GuideEditor::goToWords(const QString &path, qsizetype start, qsizetype length)
{
    goToPlace(path);
    if (length <= 0)
        return;
    for (const auto &[field, editor] : textEditors()) {
        if (field != path)
            continue;
        QTextCursor cursor(editor->document());
        const int end = editor->document()->characterCount() - 1;
        cursor.setPosition(int(std::min<qsizetype>(start, end)));
        cursor.setPosition(int(std::min<qsizetype>(start + length, end)), QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        editor->centerCursor();
    }
}

} // namespace almanac
