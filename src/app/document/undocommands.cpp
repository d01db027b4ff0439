#include "undocommands.h"

#include <QCoreApplication>

namespace almanac {

namespace {
constexpr qint64 typingPauseMs = 1000;

QString fieldLabel(Part part, const QString &field)
{
    if (part == Part::Metadata)
        return field == QLatin1String("tldr") ? QCoreApplication::translate("UndoCommands", "TL;DR") : field;
    return QStringLiteral("%1 %2").arg(GuideDocument::itemName(part), field);
}
} // namespace

SetTextCommand::SetTextCommand(GuideDocument *doc, Part part, const QString &itemId, const QString &field,
                               const QVariant &before, const QVariant &after)
    : m_doc(doc), m_part(part), m_itemId(itemId), m_field(field), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("UndoCommands", "Edit %1").arg(fieldLabel(part, field)));
    m_typed.start();
}

void SetTextCommand::apply(const QVariant &value)
{
    if (m_part == Part::Metadata)
        m_doc->applyField(m_field, value.toString());
    else
        m_doc->applyItemField(m_part, m_doc->indexOf(m_part, m_itemId), m_field, value);
}

void SetTextCommand::setLinked(const QString &field, const QString &before, const QString &after)
{
    m_linkedField = field;
    m_linkedBefore = before;
    m_linkedAfter = after;
}

void SetTextCommand::undo()
{
    apply(m_before);
    if (!m_linkedField.isEmpty())
        m_doc->applyField(m_linkedField, m_linkedBefore);
}

void SetTextCommand::redo()
{
    apply(m_after);
    if (!m_linkedField.isEmpty())
        m_doc->applyField(m_linkedField, m_linkedAfter);
}

bool SetTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTextCommand *>(other);
    if (next->m_part != m_part || next->m_itemId != m_itemId || next->m_field != m_field ||
        next->m_linkedField != m_linkedField)
        return false;
    if (m_typed.elapsed() > typingPauseMs)
        return false;
    // A word ends at white space: the next keystroke starts a new step.
    const QString mine = m_after.toString();
    const QString theirs = next->m_after.toString();
    if (!mine.isEmpty() && mine.back().isSpace() && theirs.size() > mine.size() && !theirs.back().isSpace())
        return false;
    m_after = next->m_after;
    m_linkedAfter = next->m_linkedAfter;
    m_typed.restart();
    return true;
}

SetTimelineDateCommand::SetTimelineDateCommand(GuideDocument *doc, const QString &itemId,
                                               const QString &before, const QString &after)
    : m_doc(doc), m_itemId(itemId), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("UndoCommands", "Change timeline date"));
}

void SetTimelineDateCommand::redo()
{
    m_from = m_doc->indexOf(Part::Timeline, m_itemId);
    m_doc->applyItemField(Part::Timeline, m_from, QStringLiteral("date"), m_after);
    m_to = m_doc->sortedTimelineIndex(m_from, m_after);
    if (m_to != m_from)
        m_doc->applyMove(Part::Timeline, m_from, m_to);
}

void SetTimelineDateCommand::undo()
{
    if (m_to != m_from)
        m_doc->applyMove(Part::Timeline, m_to, m_from);
    m_doc->applyItemField(Part::Timeline, m_from, QStringLiteral("date"), m_before);
}

InsertItemCommand::InsertItemCommand(GuideDocument *doc, Part part, int index, Item item)
    : m_doc(doc), m_part(part), m_index(index), m_item(std::move(item))
{
    setText(QCoreApplication::translate("UndoCommands", "Add %1").arg(GuideDocument::itemName(part)));
}

void InsertItemCommand::redo()
{
    m_doc->applyInsert(m_part, m_index, m_item);
}

void InsertItemCommand::undo()
{
    m_item = m_doc->applyRemove(m_part, m_index);
}

RemoveItemCommand::RemoveItemCommand(GuideDocument *doc, Part part, int index)
    : m_doc(doc), m_part(part), m_index(index), m_item(doc->item(part, index))
{
    setText(QCoreApplication::translate("UndoCommands", "Remove %1").arg(GuideDocument::itemName(part)));
}

void RemoveItemCommand::redo()
{
    m_item = m_doc->applyRemove(m_part, m_index);
}

void RemoveItemCommand::undo()
{
    m_doc->applyInsert(m_part, m_index, m_item);
}

MoveItemCommand::MoveItemCommand(GuideDocument *doc, Part part, int from, int to)
    : m_doc(doc), m_part(part), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("UndoCommands", "Move %1").arg(GuideDocument::itemName(part)));
}

void MoveItemCommand::redo()
{
    m_doc->applyMove(m_part, m_from, m_to);
}

void MoveItemCommand::undo()
{
    m_doc->applyMove(m_part, m_to, m_from);
}

SetListCommand::SetListCommand(GuideDocument *doc, Part part, QStringList before, QStringList after)
    : m_doc(doc), m_part(part), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("UndoCommands", "Edit %1").arg(GuideDocument::partName(part)));
}

void SetListCommand::redo()
{
    m_doc->applyList(m_part, m_after);
}

void SetListCommand::undo()
{
    m_doc->applyList(m_part, m_before);
}

ReplaceContentCommand::ReplaceContentCommand(GuideDocument *doc, Guide before, Guide after,
                                             const QString &text)
    : m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void ReplaceContentCommand::redo()
{
    m_doc->applyGuide(m_after);
}

void ReplaceContentCommand::undo()
{
    m_doc->applyGuide(m_before);
}

} // namespace almanac
