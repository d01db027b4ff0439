#include "document/draftsync.h"
#include "document/guidedocument.h"
#include "editor/guideeditor.h"
#include "io/guidefile.h"
#include "ui_mainwindow.h"
#include "window/mainwindow.h"
#include "window/presencemarks.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QUndoGroup>

// Closing guides: each is saved first, or its edits kept (held with their
// conflicts, kept offline), copied or, when the person says so, discarded.

namespace almanac {

bool MainWindow::settleEditor(GuideEditor *e)
{
    for (;;) {
        QString error;
        if (e->saveNow(&error))
            return true;
        if (e->sync()->state() == DraftSync::State::Conflicts) {
            // The edits are held in the workspace: closing loses nothing.
            QMessageBox box(
                QMessageBox::Question, tr("Close Guide"),
                tr("“%1” has conflicts that are not resolved yet.").arg(e->document()->guide().title),
                QMessageBox::NoButton, this);
            box.setInformativeText(
                tr("Your edits are kept in the workspace and come back, with the conflicts, "
                   "when you open the guide again."));
            QPushButton *resolve = box.addButton(tr("Resolve Now…"), QMessageBox::AcceptRole);
            QPushButton *close = box.addButton(tr("Close and Keep Edits"), QMessageBox::DestructiveRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(resolve);
            box.exec();
            if (box.clickedButton() == close)
                return true;
            if (box.clickedButton() != resolve || !e->resolveConflicts())
                return false;
            continue;
        }
        QMessageBox box(QMessageBox::Warning, tr("Close Guide"),
                        tr("“%1” could not be saved.").arg(e->document()->guide().title),
                        QMessageBox::NoButton, this);
        box.setInformativeText(error);
        // A team workspace out of reach: the edits are already kept on this computer.
        QPushButton *keep = nullptr;
        if (e->sync()->keptOffline()) {
            box.setInformativeText(tr("%1\n\nYour edits are kept on this computer and saved when the server "
                                      "is back, or when you next open this workspace.")
                                       .arg(error));
            keep = box.addButton(tr("Close and Keep Edits"), QMessageBox::AcceptRole);
        }
        QPushButton *retry = box.addButton(tr("Try Again"), QMessageBox::AcceptRole);
        QPushButton *exportFile = box.addButton(tr("Save a Copy As…"), QMessageBox::ActionRole);
        QPushButton *discard = box.addButton(tr("Discard Edits"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(keep ? keep : retry);
        box.exec();
        if (keep && box.clickedButton() == keep)
            return true;
        if (box.clickedButton() == retry)
            continue;
        if (box.clickedButton() == exportFile) {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save a Copy"), e->slug() + QStringLiteral(".json"), tr("Guide files (*.json)"));
            QSaveFile file(path);
            if (path.isEmpty() || !file.open(QIODevice::WriteOnly) ||
                file.write(guidefile::write(e->document()->guide())) < 0 || !file.commit())
                continue;
            return true;
        }
        if (box.clickedButton() == discard)
            return QMessageBox::question(this, tr("Discard Edits"),
                                         tr("Throw away the edits to “%1” that are not saved?")
                                             .arg(e->document()->guide().title),
                                         QMessageBox::Discard | QMessageBox::Cancel,
                                         QMessageBox::Cancel) == QMessageBox::Discard;
        return false;
    }
}

bool MainWindow::closeEditor(int index)
{
    auto *e = qobject_cast<GuideEditor *>(m_ui->editorTabs->widget(index));
    if (!e)
        return true;
    if (!settleEditor(e))
        return false;
    m_undoGroup->removeStack(e->document()->undoStack());
    m_ui->editorTabs->removeTab(index);
    delete e;
    m_presence->tabsChanged();
    rememberOpenGuides();
    return true;
}

bool MainWindow::closeAllEditors(bool asking)
{
    if (asking) {
        for (int i = 0; i < m_ui->editorTabs->count(); ++i) {
            auto *e = qobject_cast<GuideEditor *>(m_ui->editorTabs->widget(i));
            m_ui->editorTabs->setCurrentIndex(i);
            if (!settleEditor(e))
                return false;
        }
    }
    while (m_ui->editorTabs->count() > 0) {
        auto *e = qobject_cast<GuideEditor *>(m_ui->editorTabs->widget(0));
        m_undoGroup->removeStack(e->document()->undoStack());
        m_ui->editorTabs->removeTab(0);
        delete e;
    }
    m_presence->tabsChanged();
    return true;
}

} // namespace almanac
