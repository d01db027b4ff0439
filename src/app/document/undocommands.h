#pragma once

#include "guidedocument.h"

#include <QElapsedTimer>
#include <QUndoCommand>

namespace almanac {

// Every command id in one place, for mergeWith.
enum CommandId
{
    SetTextId = 1
};

// Sets one text field of the guide or of one item (found by its stable id, so
// the command stays right after moves). Successive keystrokes into the same
// field merge until a word ends or the typing pauses.
class SetTextCommand : public QUndoCommand
{
public:
    SetTextCommand(GuideDocument *doc, Part part, const QString &itemId, const QString &field,
                   const QVariant &before, const QVariant &after);
    void undo() override;
    void redo() override;
    int id() const override { return m_mergeable ? SetTextId : -1; }
    bool mergeWith(const QUndoCommand *other) override;
    // A metadata field that changes with this one in the same step (the slug
    // of a new guide, which follows its title).
    void setLinked(const QString &field, const QString &before, const QString &after);
    // A step that never merges with the next (a committed table cell, not a keystroke).
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }

private:
    void apply(const QVariant &value);

    GuideDocument *m_doc;
    Part m_part;
    QString m_itemId;
    QString m_field;
    QVariant m_before;
    QVariant m_after;
    QString m_linkedField;
    QString m_linkedBefore;
    QString m_linkedAfter;
    QElapsedTimer m_typed;
    bool m_mergeable = true;
};

// Changes a timeline entry's date and keeps the timeline sorted.
class SetTimelineDateCommand : public QUndoCommand
{
public:
    SetTimelineDateCommand(GuideDocument *doc, const QString &itemId, const QString &before,
                           const QString &after);
    void undo() override;
    void redo() override;

private:
    GuideDocument *m_doc;
    QString m_itemId;
    QString m_before;
    QString m_after;
    int m_from = -1;
    int m_to = -1;
};

class InsertItemCommand : public QUndoCommand
{
public:
    InsertItemCommand(GuideDocument *doc, Part part, int index, Item item);
    void undo() override;
    void redo() override;

private:
    GuideDocument *m_doc;
    Part m_part;
    int m_index;
    Item m_item;
};

class RemoveItemCommand : public QUndoCommand
{
public:
    RemoveItemCommand(GuideDocument *doc, Part part, int index);
    void undo() override;
    void redo() override;

private:
    GuideDocument *m_doc;
    Part m_part;
    int m_index;
    Item m_item;
};

class MoveItemCommand : public QUndoCommand
{
public:
    MoveItemCommand(GuideDocument *doc, Part part, int from, int to);
    void undo() override;
    void redo() override;

private:
    GuideDocument *m_doc;
    Part m_part;
    int m_from;
    int m_to;
};

class SetListCommand : public QUndoCommand
{
public:
    SetListCommand(GuideDocument *doc, Part part, QStringList before, QStringList after);
    void undo() override;
    void redo() override;

private:
    GuideDocument *m_doc;
    Part m_part;
    QStringList m_before;
    QStringList m_after;
};

class ReplaceContentCommand : public QUndoCommand
{
public:
    ReplaceContentCommand(GuideDocument *doc, Guide before, Guide after, const QString &text);
    void undo() override;
    void redo() override;

private:
    GuideDocument *m_doc;
    Guide m_before;
    Guide m_after;
};

} // namespace almanac
