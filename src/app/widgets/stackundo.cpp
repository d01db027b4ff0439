#include "widgets/stackundo.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QUndoStack>

namespace almanac {

namespace {

// Qt's own labels of its line edit's menu, looked up in Qt's translations (not
// ours: held in variables so that lupdate leaves them to Qt).
const char *const qtUndoLabel = "&Undo";
const char *const qtRedoLabel = "&Redo";

// Undo, redo, or neither for a key press, by the platform's key bindings
// (Ctrl+Z; Ctrl+Y and Ctrl+Shift+Z on Linux).
int stepOf(QKeyEvent *key)
{
    if (key->matches(QKeySequence::Undo))
        return -1;
    if (key->matches(QKeySequence::Redo))
        return 1;
    return 0;
}

} // namespace

StackUndo::StackUndo(QLineEdit *edit, QUndoStack *stack) : QObject(edit), m_stack(stack)
{
    edit->installEventFilter(this);
}

void StackUndo::install(QLineEdit *edit, QUndoStack *stack)
{
    new StackUndo(edit, stack);
}

bool StackUndo::eventFilter(QObject *watched, QEvent *event)
{
    auto *edit = static_cast<QLineEdit *>(watched);
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Taken here, not by the line edit's own history nor by a window
        // shortcut that might belong to another stack.
        if (stepOf(static_cast<QKeyEvent *>(event)) != 0) {
            event->accept();
            return true;
        }
        break;
    case QEvent::KeyPress:
        if (const int step = stepOf(static_cast<QKeyEvent *>(event))) {
            if (step < 0)
                m_stack->undo();
            else
                m_stack->redo();
            return true;
        }
        break;
    case QEvent::ContextMenu: {
        QMenu *menu = edit->createStandardContextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            // Named since Qt 6.5; before that, known by Qt's own (translated) label.
            const QString name = action->objectName();
            const QString label = action->text().section(u'\t', 0, 0);
            const bool undo = name == QLatin1String("edit-undo") || label == QLineEdit::tr(qtUndoLabel);
            const bool redo = name == QLatin1String("edit-redo") || label == QLineEdit::tr(qtRedoLabel);
            if (!undo && !redo)
                continue;
            // The line edit's own step is gone with its history: the stack's instead.
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            action->setEnabled(undo ? m_stack->canUndo() : m_stack->canRedo());
            connect(action, &QAction::triggered, m_stack, undo ? &QUndoStack::undo : &QUndoStack::redo);
        }
        menu->popup(static_cast<QContextMenuEvent *>(event)->globalPos());
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace almanac
