#include "mainwindow.h"

#include "guidelistmodel.h"
#include "io/guidefile.h"
#include "previewview.h"
#include "sourceview.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>

namespace almanac {

namespace {
const QString recentKey = QStringLiteral("workspaces/recent");
constexpr int maxRecent = 8;
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_model = new GuideListModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::DisplayRole);
    m_ui->guideTable->setModel(m_sorted);
    m_ui->guideTable->horizontalHeader()->setSectionResizeMode(GuideListModel::Title, QHeaderView::Stretch);
    m_ui->guideTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->guideTable->setColumnHidden(GuideListModel::Updated, true);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({380, 900});

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        // Search hits come best first; a filter shows them in that order.
        m_ui->guideTable->sortByColumn(-1, Qt::AscendingOrder);
        m_sorted->sort(-1);
        updateStatus();
    });
    connect(m_ui->guideTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentRowChanged);
    connect(m_ui->preview, &PreviewView::guideLinkActivated, this, [this](const QString &slug) {
        m_ui->filterEdit->clear();
        showGuide(slug);
    });
    setUpActions();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    updateRecentMenu();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    m_ui->actionNewWorkspace->setShortcut(QKeySequence::New);
    m_ui->actionOpenWorkspace->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    connect(m_ui->actionNewWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_ui->actionOpenWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspace);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        const QString slug = m_currentSlug;
        m_model->reload();
        m_currentSlug.clear();
        showGuide(slug);
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Almanac Studio"),
                           tr("<h3>Almanac Studio %1</h3><p>An editorial workstation for structured guides: "
                              "draft, review and publish.</p>")
                               .arg(QStringLiteral(ALMANAC_VERSION)));
    });
}

bool MainWindow::openWorkspace(const QString &path, QString *error)
{
    QString why;
    auto ws = Workspace::open(path, &why);
    if (!ws) {
        if (error)
            *error = why;
        return false;
    }
    m_ui->preview->clear();
    m_ui->source->clear();
    m_currentSlug.clear();
    m_workspace = std::move(ws);
    m_model->setWorkspace(m_workspace.get());
    m_ui->guideTable->sortByColumn(GuideListModel::Title, Qt::AscendingOrder);
    setWindowTitle(tr("%1 — Almanac Studio").arg(QFileInfo(path).fileName()));
    rememberWorkspace(QFileInfo(path).absoluteFilePath());
    updateStatus();
    QSettings settings;
    const QString last = settings.value(QStringLiteral("workspaces/lastGuide/") + QFileInfo(path).absoluteFilePath())
                             .toString();
    if (!showGuide(last) && m_sorted->rowCount() > 0)
        m_ui->guideTable->setCurrentIndex(m_sorted->index(0, 0));
    return true;
}

bool MainWindow::showGuide(const QString &slug)
{
    const int row = m_model->rowOf(slug);
    if (slug.isEmpty() || row < 0)
        return false;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_ui->guideTable->setCurrentIndex(index);
    m_ui->guideTable->scrollTo(index);
    return true;
}

void MainWindow::currentRowChanged()
{
    const QModelIndex current = m_sorted->mapToSource(m_ui->guideTable->currentIndex());
    const QString slug = m_model->slugAt(current.row());
    if (!m_workspace || slug.isEmpty() || slug == m_currentSlug)
        return;
    const auto guide = m_workspace->guide(slug);
    if (!guide)
        return;
    m_currentSlug = slug;
    RenderContext context;
    context.now = QDateTime::currentDateTimeUtc();
    context.guideTitles = m_workspace->titlesBySlug();
    m_ui->preview->showGuide(*guide, context);
    m_ui->source->setSource(guidefile::write(*guide));
    QSettings().setValue(QStringLiteral("workspaces/lastGuide/") + QFileInfo(m_workspace->path()).absoluteFilePath(),
                         slug);
    updateStatus();
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QString(),
                                                      tr("Almanac workspaces (*.almanac);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const QString target = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".almanac") : path;
    if (!Workspace::create(target, &error) || !openWorkspace(target, &error))
        QMessageBox::warning(this, tr("New Workspace"), error);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                                      tr("Almanac workspaces (*.almanac);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openWorkspace(path, &error))
        QMessageBox::warning(this, tr("Open Workspace"), error);
}

void MainWindow::rememberWorkspace(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(recentKey, recent.mid(0, maxRecent));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_ui->menuRecent->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openWorkspace(path, &error))
                QMessageBox::warning(this, tr("Open Workspace"), error);
        });
    }
    m_ui->menuRecent->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    if (!m_workspace) {
        statusBar()->showMessage(tr("No workspace open"));
        return;
    }
    const int shown = m_model->rowCount();
    const QString count = m_model->filter().trimmed().isEmpty()
                              ? tr("%n guide(s)", nullptr, shown)
                              : tr("%n match(es) for “%1”", nullptr, shown).arg(m_model->filter().trimmed());
    statusBar()->showMessage(QStringLiteral("%1 · %2").arg(QDir::toNativeSeparators(m_workspace->path()), count));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    event->accept();
}

} // namespace almanac
