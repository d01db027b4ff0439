#include "window/mainwindow.h"

#include "document/draftsync.h"
#include "editor/guideeditor.h"
#include "guide/author.h"
#include "preview/previewview.h"
#include "settings/preferencesdialog.h"
#include "spelling/spellchecker.h"
#include "store/dialect.h"
#include "ui_mainwindow.h"
#include "widgets/bidi.h"
#include "window/guidelistactions.h"
#include "window/guidelistmodel.h"
#include "window/presencemarks.h"
#include "window/reviewactions.h"
#include "window/teamstatus.h"
#include "window/transferactions.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QUndoGroup>
#include <QUrl>

namespace almanac {

namespace {
const QString recentKey = QStringLiteral("workspaces/recent");
constexpr int maxRecent = 8;

// The platform's keys for a standard action, and also where they lack it.
QList<QKeySequence> platformKeysAnd(QKeySequence::StandardKey action, const QKeySequence &also)
{
    QList<QKeySequence> keys;
    for (const QKeySequence &k : QKeySequence::keyBindings(action)) {
        if (!k.isEmpty())
            keys << k;
    }
    if (!keys.contains(also))
        keys << also;
    return keys;
}

QString settingsKey(const QString &what, const QString &workspace)
{
    // QSettings keys may not hold slashes: hash the path.
    return QStringLiteral("workspaces/%1/%2")
        .arg(what, QString::number(qHash(QFileInfo(workspace).absoluteFilePath()), 16));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_undoGroup(new QUndoGroup(this))
{
    m_ui->setupUi(this);
    setCentralWidget(m_ui->centralStack);
    m_model = new GuideListModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_ui->guideTable->setModel(m_sorted);
    m_ui->guideTable->horizontalHeader()->setSectionResizeMode(GuideListModel::Title, QHeaderView::Stretch);
    m_ui->problemList->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->problemList->setColumnWidth(1, 220);

    // Search as you type, once typing pauses: a short prefix can match much of a
    // large workspace, and ranking it all should not hold up each keystroke.
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(120);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_filterTimer.isActive()) {
            m_filterTimer.stop();
            applyFilter();
        }
    });
    connect(&m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_ui->guideTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::listCurrentChanged);
    connect(m_ui->editorTabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeEditor);
    connect(m_ui->editorTabs, &QTabWidget::currentChanged, this, &MainWindow::editorChanged);
    connect(m_ui->problemList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (GuideEditor *e = currentEditor())
            e->goToPlace(item->text(1));
    });
    setUpActions();
    connect(SpellChecker::shared(), &SpellChecker::personalWordAdded, this, [this](const QString &word) {
        if (!m_session)
            return;
        m_session->run(
            this,
            [word](Workspace &ws) {
                QString error;
                ws.addPersonalWord(word, &error);
                return error;
            },
            [this](const QString &error) {
                if (!error.isEmpty())
                    statusBar()->showMessage(error, 8000);
            });
    });

    m_ui->editorTabs->setElideMode(Qt::ElideRight);
    m_ui->editorTabs->tabBar()->setExpanding(false);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(QSize(1440, 900).boundedTo(screen()->availableSize() * 0.95));
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // Titles readable in the Guides list, and at 1024 pixels room left for the
        // guide's form and its page: a fifth of the screen, 200 to 330 pixels.
        resizeDocks({m_ui->guidesDock}, {std::clamp(screen()->availableSize().width() / 5, 200, 330)},
                    Qt::Horizontal);
        resizeDocks({m_ui->problemsDock}, {110}, Qt::Vertical);
    }
    m_saveState = new ElidedLabel(this, 480);
    m_saveState->setAccessibleName(tr("Save state"));
    statusBar()->addPermanentWidget(m_saveState);
    statusBar()->addPermanentWidget(m_teamStatus = new TeamStatus(this));
    m_presence = new PresenceMarks(m_ui->editorTabs);
    connect(m_model, &GuideListModel::searchFinished, this, &MainWindow::updateStatus);
    updateRecentMenu();
    updateStatus();
}

void MainWindow::applyFilter()
{
    m_model->setFilter(m_ui->filterEdit->text());
    // Search hits come best first; a filter shows them in that order.
    m_ui->guideTable->sortByColumn(-1, Qt::AscendingOrder);
    m_sorted->sort(-1);
    updateStatus();
}

MainWindow::~MainWindow()
{
    closeAllEditors(false);
}

void MainWindow::setUpActions()
{
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts(platformKeysAnd(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)));
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);
    m_ui->menuEdit->addSeparator();
    m_transfer = new TransferActions(this);
    QAction *paste = m_ui->menuEdit->addAction(
        tr("&Paste Guide"), this, [this] { m_transfer->pasteGuide(QGuiApplication::clipboard()->text()); });
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setToolTip(tr("Make a new guide from the text of a published guide page on the clipboard"));
    QAction *import = new QAction(tr("&Import…"), this);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, m_transfer, &TransferActions::chooseFilesToImport);
    QAction *bundle = new QAction(tr("&Export Bundle…"), this);
    bundle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(bundle, &QAction::triggered, m_transfer, &TransferActions::chooseBundleTarget);
    m_ui->menuFile->insertActions(m_ui->actionNewWorkspace, {import, bundle});
    m_ui->menuFile->insertSeparator(m_ui->actionNewWorkspace);
    for (QAction *a : {paste, import, bundle})
        connect(this, &MainWindow::workspaceOpened, a, [a] { a->setEnabled(true); });
    m_review = new ReviewActions(this);
    m_listActions = new GuideListActions(this);
    m_ui->menuEdit->addSeparator();
    QAction *preferences = m_ui->menuEdit->addAction(tr("Pre&ferences…"), this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcuts(
        platformKeysAnd(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    // The docks on Alt+1 and Alt+2, as IDEs have their panes.
    m_ui->guidesDock->toggleViewAction()->setText(tr("&Guides"));
    m_ui->guidesDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_ui->problemsDock->toggleViewAction()->setText(tr("&Problems"));
    m_ui->problemsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_ui->menuView->addAction(m_ui->guidesDock->toggleViewAction());
    m_ui->menuView->addAction(m_ui->problemsDock->toggleViewAction());

    m_ui->actionNewGuide->setShortcut(QKeySequence::New);
    m_ui->actionCloseGuide->setShortcut(QKeySequence::Close);
    m_ui->actionNewWorkspace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_ui->actionOpenWorkspace->setShortcut(QKeySequence::Open);
    m_ui->actionOpenTeamWorkspace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_ui->actionAbout->setShortcut(QKeySequence::HelpContents);
    m_ui->actionQuit->setShortcuts(platformKeysAnd(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    connect(m_ui->actionNewGuide, &QAction::triggered, this, [this] { newGuide(); });
    connect(m_ui->actionCloseGuide, &QAction::triggered, this,
            [this] { closeEditor(m_ui->editorTabs->currentIndex()); });
    connect(m_ui->actionNewWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_ui->actionOpenWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspace);
    connect(m_ui->actionOpenTeamWorkspace, &QAction::triggered, this, &MainWindow::chooseTeamWorkspace);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->guidesDock->show();
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->poll();
        m_model->reload();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Almanac Studio"),
                           tr("<h3>Almanac Studio %1</h3><p>An editorial workstation for structured guides: "
                              "draft, review and publish.</p>")
                               .arg(QStringLiteral(ALMANAC_VERSION)));
    });
    m_ui->actionNewGuide->setEnabled(false);
}

bool MainWindow::openWorkspace(const QString &path, QString *error)
{
    QString why;
    // One id for this user's workstation: edits held after a conflict come
    // back on the next start.
    QSettings settings;
    QString holder = settings.value(QStringLiteral("session/holder")).toString();
    if (holder.isEmpty()) {
        holder = guide::newId();
        settings.setValue(QStringLiteral("session/holder"), holder);
    }
    WorkspaceSession::Options options;
    options.holder = holder;
    // A team workspace's edits wait here while its server cannot be reached.
    options.journalPath = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                          QStringLiteral("/offline-journal.sqlite");
    auto session = WorkspaceSession::open(path, &why, options);
    if (!session) {
        if (error)
            *error = why;
        return false;
    }
    if (!closeAllEditors()) {
        if (error)
            *error = tr("%1 stayed open: a guide could not be saved").arg(workspacePath());
        return false;
    }
    m_model->setSession(nullptr);
    m_session = std::move(session);
    connect(m_session.get(), &WorkspaceSession::changesArrived, this, &MainWindow::changesArrived);
    connect(m_session.get(), &WorkspaceSession::cacheChanged, this, [this] {
        // Rechecking every editor's spelling is costly: only when the words changed.
        if (SpellChecker::shared()->personalWords() != m_session->cache().personalWords)
            SpellChecker::shared()->setPersonalWords(m_session->cache().personalWords);
        for (int i = 0; i < m_ui->editorTabs->count(); ++i) {
            if (auto *e = qobject_cast<GuideEditor *>(m_ui->editorTabs->widget(i)))
                e->workspaceChanged();
        }
        updateStatus();
    });
    // The spelling dictionary belongs to the workspace.
    SpellChecker::shared()->setPersonalWords(m_session->cache().personalWords);
    m_model->setSession(m_session.get());
    m_teamStatus->setSession(m_session.get());
    m_presence->setSession(m_session.get());
    m_ui->guideTable->sortByColumn(GuideListModel::Title, Qt::AscendingOrder);
    m_ui->actionNewGuide->setEnabled(true);
    Q_EMIT workspaceOpened();
    setWindowTitle(tr("%1 — Almanac Studio").arg(workspaceName(path)));
    rememberWorkspace(dialect::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath());
    // Bring back the guides that were open last time, the front one last.
    const QStringList open = settings.value(settingsKey(QStringLiteral("open"), path)).toStringList();
    const QString front = settings.value(settingsKey(QStringLiteral("front"), path)).toString();
    m_restoring = true;
    for (const QString &slug : open)
        showGuide(slug);
    m_restoring = false;
    if (!showGuide(front) && open.isEmpty() && m_sorted->rowCount() > 0)
        m_ui->guideTable->setCurrentIndex(m_sorted->index(0, 0));
    updateStatus();
    return true;
}

void MainWindow::changesArrived(const QList<Change> &changes)
{
    for (int i = 0; i < m_ui->editorTabs->count(); ++i) {
        if (auto *e = qobject_cast<GuideEditor *>(m_ui->editorTabs->widget(i)))
            e->sync()->takeChanges(changes);
    }
}

void MainWindow::updateSaveState()
{
    GuideEditor *e = currentEditor();
    if (!e) {
        m_saveState->say(QString());
        return;
    }
    const bool bad = e->sync()->state() == DraftSync::State::Failed ||
                     e->sync()->state() == DraftSync::State::Conflicts ||
                     e->sync()->state() == DraftSync::State::Removed;
    m_saveState->setStyleSheet(bad ? QStringLiteral("color: #a11; font-weight: bold") : QString());
    m_saveState->say(e->sync()->stateText(), e->sync()->lastError());
}

GuideEditor *MainWindow::currentEditor() const
{
    return qobject_cast<GuideEditor *>(m_ui->editorTabs->currentWidget());
}

GuideEditor *MainWindow::editor(const QString &slug) const
{
    for (int i = 0; i < m_ui->editorTabs->count(); ++i) {
        auto *e = qobject_cast<GuideEditor *>(m_ui->editorTabs->widget(i));
        if (e && e->slug() == slug)
            return e;
    }
    // The slug the guide has in the workspace, while its draft asks for another.
    const QString id = m_session ? m_session->cache().guideIdsBySlug.value(slug) : QString();
    return id.isEmpty() ? nullptr : editorById(id);
}

GuideEditor *MainWindow::editorById(const QString &id) const
{
    for (int i = 0; i < m_ui->editorTabs->count(); ++i) {
        auto *e = qobject_cast<GuideEditor *>(m_ui->editorTabs->widget(i));
        if (e && e->document()->guide().id == id)
            return e;
    }
    return nullptr;
}

QString MainWindow::currentSlug() const
{
    GuideEditor *e = currentEditor();
    return e ? e->slug() : QString();
}

bool MainWindow::showGuide(const QString &slug)
{
    if (!m_session || slug.isEmpty())
        return false;
    if (GuideEditor *e = editor(slug)) {
        m_ui->editorTabs->setCurrentWidget(e);
        return true;
    }
    struct Opened
    {
        std::optional<Draft> stored;
        std::optional<Draft> held; // edits kept after a conflict in an earlier run
        std::optional<Guide> heldBase;
    };
    const Opened opened = m_session->call([slug, holder = m_session->holder()](Workspace &ws) {
        Opened o;
        o.stored = ws.draft(slug);
        if (o.stored) {
            o.held = ws.heldEdits(o.stored->guide.id, holder);
            if (o.held)
                o.heldBase = ws.draftAtRevision(o.stored->guide.id, o.held->revision);
        }
        return o;
    });
    if (!opened.stored)
        return false;
    const Guide &guide = opened.stored->guide;
    auto *e = new GuideEditor(m_session.get(), *opened.stored, m_ui->editorTabs);
    const int index = m_ui->editorTabs->addTab(e, guide.title.isEmpty() ? slug : guide.title);
    m_ui->editorTabs->setTabToolTip(index, slug);
    m_presence->tabsChanged();
    m_undoGroup->addStack(e->document()->undoStack());
    connect(e, &GuideEditor::titleChanged, this, [this, e](const QString &title) {
        m_ui->editorTabs->setTabText(m_ui->editorTabs->indexOf(e), title.isEmpty() ? e->slug() : title);
    });
    connect(e, &GuideEditor::lintUpdated, this, [this, e](const QList<Finding> &findings) {
        if (e == currentEditor())
            showFindings(findings);
    });
    connect(e, &GuideEditor::guideLinkActivated, this, &MainWindow::showGuide);
    connect(e, &GuideEditor::saveStateChanged, this, [this, e] {
        if (e == currentEditor())
            updateSaveState();
    });
    if (opened.held)
        e->recoverHeldEdits(*opened.held, opened.heldBase ? *opened.heldBase : guide);
    m_ui->editorTabs->setCurrentWidget(e);
    m_ui->centralStack->setCurrentWidget(m_ui->editorTabs);
    if (!m_restoring)
        rememberOpenGuides();
    updateSaveState();
    return true;
}

GuideEditor *MainWindow::newGuide()
{
    if (!m_session)
        return nullptr;
    const QHash<QString, QString> &taken = m_session->cache().guideIdsBySlug;
    QString slug = QStringLiteral("untitled-guide");
    for (int n = 2; taken.contains(slug); ++n)
        slug = QStringLiteral("untitled-guide-%1").arg(n);
    Guide g;
    g.id = guide::newId();
    g.slug = slug;
    g.title = tr("Untitled guide");
    g.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    g.updated = g.created;
    const SaveResult r =
        m_session->call([g](Workspace &ws) { return ws.saveDraft(g, 0, author::systemUser()); });
    if (!r.ok()) {
        QMessageBox::warning(this, tr("New Guide"), r.error);
        return nullptr;
    }
    showGuide(slug);
    GuideEditor *e = editor(slug);
    e->startNewGuide();
    return e;
}

void MainWindow::listCurrentChanged()
{
    const QModelIndex current = m_sorted->mapToSource(m_ui->guideTable->currentIndex());
    const QString slug = m_model->slugAt(current.row());
    if (!slug.isEmpty() && slug != currentSlug())
        showGuide(slug);
}

void MainWindow::editorChanged()
{
    GuideEditor *e = currentEditor();
    m_undoGroup->setActiveStack(e ? e->document()->undoStack() : nullptr);
    m_ui->actionCloseGuide->setEnabled(e != nullptr);
    m_review->editorChanged();
    showFindings(e ? e->findings() : QList<Finding>());
    if (!e)
        m_ui->centralStack->setCurrentWidget(m_ui->emptyLabel);
    if (e && m_session) {
        QSettings().setValue(settingsKey(QStringLiteral("front"), m_session->path()), e->slug());
        const int row = m_model->rowOf(e->slug());
        if (row >= 0)
            m_ui->guideTable->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
    }
    updateStatus();
    updateSaveState();
}

void MainWindow::showFindings(const QList<Finding> &findings)
{
    m_ui->problemList->clear();
    for (const Finding &f : findings) {
        auto *item = new QTreeWidgetItem(m_ui->problemList, {f.severityName(), f.place, f.message});
        item->setIcon(0, QIcon::fromTheme(f.severity == Finding::Severity::Error
                                              ? QStringLiteral("dialog-error")
                                              : QStringLiteral("dialog-warning")));
        item->setToolTip(2, f.code);
    }
    m_ui->problemsDock->setWindowTitle(findings.isEmpty() ? tr("Problems")
                                                          : tr("Problems (%1)").arg(findings.size()));
    m_ui->problemsDock->toggleViewAction()->setText(tr("&Problems")); // the title set it to the count
}

void MainWindow::rememberOpenGuides()
{
    if (!m_session)
        return;
    QStringList open;
    for (int i = 0; i < m_ui->editorTabs->count(); ++i)
        open << qobject_cast<GuideEditor *>(m_ui->editorTabs->widget(i))->slug();
    QSettings().setValue(settingsKey(QStringLiteral("open"), m_session->path()), open);
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

void MainWindow::chooseTeamWorkspace()
{
    bool ok = false;
    const QString last = QSettings().value(QStringLiteral("team/lastLocation")).toString();
    const QString location =
        QInputDialog::getText(
            this, tr("Open Team Workspace"),
            tr("The PostgreSQL server's connection string, e.g. postgresql://ana@db.example.org/newsroom or "
               "service=newsroom.\nThe password comes from ~/.pgpass or PGPASSWORD, never from here."),
            QLineEdit::Normal, last, &ok)
            .trimmed();
    if (!ok || location.isEmpty())
        return;
    QString error;
    if (!dialect::isServerLocation(location))
        error = tr("“%1” is not a PostgreSQL connection string (postgresql://…, service=…, or host=… "
                   "dbname=…); a workspace file opens with Open Workspace.")
                    .arg(location);
    else if (openWorkspace(location, &error))
        QSettings().setValue(QStringLiteral("team/lastLocation"), location);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Open Team Workspace"), error);
}

QString MainWindow::workspaceName(const QString &location)
{
    if (!dialect::isServerLocation(location))
        return QFileInfo(location).fileName();
    // "newsroom on db.example.org" for a URI; a key=value string as it is.
    const QUrl url(location);
    if (url.isValid() && !url.host().isEmpty() && url.path().size() > 1)
        return tr("%1 on %2").arg(url.path().mid(1), url.host());
    return location;
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
        // Numbered, so that File ▸ Open Recent ▸ 1 to 9 reach them by keyboard.
        const qsizetype n = m_ui->menuRecent->actions().size() + 1;
        const QString name = workspaceName(path).replace(u'&', QStringLiteral("&&"));
        QAction *a = m_ui->menuRecent->addAction(n <= 9 ? QStringLiteral("&%1 %2").arg(n).arg(name) : name);
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
    if (!m_session) {
        statusBar()->showMessage(tr("No workspace open"));
        return;
    }
    const int shown = m_model->rowCount();
    const QString count = m_model->filter().trimmed().isEmpty()
                              ? tr("%n guide(s)", nullptr, shown)
                              : tr("%n match(es) for “%1”", nullptr, shown).arg(m_model->filter().trimmed());
    // Isolated: in a right-to-left interface the path's slashes would otherwise
    // be laid out with the Arabic words around it.
    statusBar()->showMessage(
        QStringLiteral("%1 · %2").arg(isolated(QDir::toNativeSeparators(m_session->path())), count));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    rememberOpenGuides();
    if (!closeAllEditors()) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace almanac
