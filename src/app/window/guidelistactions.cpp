#include "window/guidelistactions.h"

#include "editor/guideeditor.h"
#include "guide/author.h"
#include "store/trash.h"
#include "store/workspacesession.h"
#include "ui_mainwindow.h"
#include "window/guidelistmodel.h"
#include "window/mainwindow.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <algorithm>

namespace almanac {

GuideListActions::GuideListActions(MainWindow *window)
    : QObject(window), m_window(window), m_delete(new QAction(tr("&Delete Guide"), window)),
      m_restore(new QAction(tr("Res&tore Deleted Guide"), window))
{
    Ui::MainWindow *ui = window->ui();
    m_delete->setObjectName(QStringLiteral("actionDeleteGuide"));
    m_delete->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_delete->setToolTip(tr("Move the guide to the trash (Edit ▸ Restore Deleted Guide puts it back)"));
    m_delete->setEnabled(false);
    m_restore->setObjectName(QStringLiteral("actionRestoreGuide"));
    m_restore->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    m_restore->setEnabled(false);
    ui->menuFile->insertAction(ui->actionCloseGuide, m_delete);
    ui->menuEdit->addAction(m_restore);
    connect(m_delete, &QAction::triggered, this, [this] { deleteGuide(selectedSlug()); });
    connect(m_restore, &QAction::triggered, this, &GuideListActions::restoreLast);
    connect(window, &MainWindow::workspaceOpened, this, [this] {
        m_delete->setEnabled(true);
        m_lastDeleted.clear();
        m_restore->setEnabled(false);
    });

    // Titles first: in the dock's width the title takes what the state leaves;
    // subject and time come back from the header's context menu.
    QHeaderView *header = ui->guideTable->horizontalHeader();
    // Room for "in review (v12)" and its mark; longer states elide, their mark and
    // tooltip say the rest.
    header->setSectionResizeMode(GuideListModel::State, QHeaderView::Interactive);
    fitStateColumn();
    ui->guideTable->viewport()->installEventFilter(this);
    ui->guideTable->setColumnHidden(GuideListModel::Subject, true);
    ui->guideTable->setColumnHidden(GuideListModel::Updated, true);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Also in the View menu, to be reached by keyboard.
    ui->menuView->addSeparator();
    const QList<std::pair<int, QString>> columns{{GuideListModel::Subject, tr("Show &Subject Column")},
                                                 {GuideListModel::Updated, tr("Show &Updated Column")}};
    for (const auto &[column, text] : columns) {
        auto *show = new QAction(text, header);
        show->setCheckable(true);
        connect(show, &QAction::toggled, this,
                [this, column](bool on) { m_window->ui()->guideTable->setColumnHidden(column, !on); });
        header->addAction(show);
        ui->menuView->addAction(show);
    }

    ui->guideTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(ui->guideTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (QMenu *menu = contextMenu(pos)) {
            menu->exec(m_window->ui()->guideTable->viewport()->mapToGlobal(pos));
            menu->deleteLater();
        }
    });
}

void GuideListActions::fitStateColumn()
{
    QTableView *table = m_window->ui()->guideTable;
    const int ideal = table->fontMetrics().horizontalAdvance(QStringLiteral("in review (v12)")) + 32;
    const int room = table->viewport()->width();
    table->horizontalHeader()->resizeSection(GuideListModel::State,
                                             room > 0 ? std::clamp(room * 9 / 20, 48, ideal) : ideal);
}

bool GuideListActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_window->ui()->guideTable->viewport())
        fitStateColumn();
    return QObject::eventFilter(watched, event);
}

QString GuideListActions::selectedSlug() const
{
    // The guide chosen in the list, else the one in front.
    const QModelIndex current = m_window->ui()->guideTable->currentIndex();
    const QString slug = current.data(GuideListModel::SlugRole).toString();
    return slug.isEmpty() ? m_window->currentSlug() : slug;
}

QMenu *GuideListActions::contextMenu(const QPoint &pos)
{
    const QModelIndex index = m_window->ui()->guideTable->indexAt(pos);
    auto *menu = new QMenu(m_window);
    if (index.isValid()) {
        const QString slug = index.data(GuideListModel::SlugRole).toString();
        m_window->ui()->guideTable->setCurrentIndex(index);
        menu->addAction(tr("&Open"), this, [this, slug] { m_window->showGuide(slug); });
        menu->addAction(tr("&Delete Guide"), this, [this, slug] { deleteGuide(slug); });
    }
    menu->addAction(m_window->ui()->actionNewGuide);
    if (m_restore->isEnabled())
        menu->addAction(m_restore);
    return menu;
}

bool GuideListActions::deleteGuide(const QString &slug)
{
    WorkspaceSession *session = m_window->session();
    if (!session || slug.isEmpty())
        return false;
    // Its tab saves and closes first, so nothing typed is lost with it.
    if (GuideEditor *e = m_window->editor(slug)) {
        if (!m_window->closeEditor(m_window->ui()->editorTabs->indexOf(e)))
            return false;
    }
    const QString id = session->cache().guideIdsBySlug.value(slug);
    const QString title = session->cache().titlesBySlug.value(slug);
    QString error;
    const bool ok = session->call([&](Workspace &ws) {
        Trash trash(ws);
        return trash.remove(slug, author::systemUser(), &error);
    });
    if (!ok) {
        fail(tr("Delete Guide"), error);
        return false;
    }
    m_lastDeleted = id;
    m_lastTitle = title;
    m_restore->setEnabled(true);
    m_restore->setText(
        tr("Res&tore Deleted Guide “%1”").arg(QString(title).replace(u'&', QStringLiteral("&&"))));
    m_window->statusBar()->showMessage(
        tr("Deleted “%1”. Edit ▸ Restore Deleted Guide (%2) puts it back.")
            .arg(title, m_restore->shortcut().toString(QKeySequence::NativeText)),
        15000);
    return true;
}

bool GuideListActions::restoreLast()
{
    WorkspaceSession *session = m_window->session();
    if (!session || m_lastDeleted.isEmpty())
        return false;
    QString error;
    const auto g = session->call([&](Workspace &ws) {
        Trash trash(ws);
        return trash.restore(m_lastDeleted, author::systemUser(), &error);
    });
    if (!g) {
        fail(tr("Restore Deleted Guide"), error);
        return false;
    }
    m_lastDeleted.clear();
    m_restore->setEnabled(false);
    m_restore->setText(tr("Res&tore Deleted Guide"));
    m_window->statusBar()->showMessage(tr("Restored “%1”.").arg(g->title), 8000);
    // Its slug may have been taken meanwhile: open it by the one it has now.
    for (auto it = session->cache().guideIdsBySlug.cbegin(); it != session->cache().guideIdsBySlug.cend();
         ++it) {
        if (it.value() == g->id)
            return m_window->showGuide(it.key());
    }
    return true;
}

void GuideListActions::fail(const QString &title, const QString &message)
{
    lastError = message;
    if (!quiet)
        QMessageBox::warning(m_window, title, message);
}

} // namespace almanac
