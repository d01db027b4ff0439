#pragma once

#include <QObject>

class QLineEdit;
class QUndoStack;

namespace almanac {

// A line edit bound to a field of the guide keeps no undo history of its own:
// Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z and the context menu's Undo and Redo step the
// guide's undo stack, where every edit already is, so that one document has one
// history and Undo in the field does what Edit > Undo says.
class StackUndo : public QObject
{
    Q_OBJECT

public:
    // Routes the edit's undo and redo to the stack; the filter is the edit's child.
    static void install(QLineEdit *edit, QUndoStack *stack);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StackUndo(QLineEdit *edit, QUndoStack *stack);
    QUndoStack *m_stack;
};

} // namespace almanac
