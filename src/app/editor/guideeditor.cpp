#include "guideeditor.h"

#include "conflicts/conflictbar.h"
#include "conflicts/mergedialog.h"
#include "delegates/completingdelegate.h"
#include "delegates/partialdatedelegate.h"
#include "delegates/relevancedelegate.h"
#include "delegates/urldelegate.h"
#include "document/draftsync.h"
#include "document/partmodel.h"
#include "editor/markdownedit.h"
#include "editor/sourcerecordeditor.h"
#include "guide/language.h"
#include "history/diffview.h"
#include "history/historypanel.h"
#include "history/reviewnotebar.h"
#include "io/guidefile.h"
#include "partpage.h"
#include "preview/previewview.h"
#include "preview/sourceview.h"
#include "spelling/spellchecker.h"
#include "store/workspacesession.h"
#include "ui_overviewform.h"
#include "widgets/flowlayout.h"
#include "widgets/languagebox.h"
#include "widgets/stackundo.h"
#include "widgets/tagedit.h"
#include "widgets/timelineview.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace almanac {

namespace {
constexpr int lintDelayMs = 250;
} // namespace

GuideEditor::GuideEditor(WorkspaceSession *session, const Draft &stored, QWidget *parent)
    : QWidget(parent), m_session(session), m_doc(new GuideDocument(stored.guide, this)),
      m_sync(new DraftSync(session, m_doc, stored, this)), m_conflictBar(new ConflictBar(m_sync, this)),
      m_overview(std::make_unique<Ui::OverviewForm>()), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_tabs(new QTabWidget(m_splitter)), m_preview(new PreviewView(m_splitter))
{
    m_titles = m_session->cache().titlesBySlug;
    m_owners = m_session->cache().guideIdsBySlug;
    // The form scrolls when the window is short (1024x700), rather than squeezing
    // the TL;DR and the tag editors.
    auto *overviewScroll = new QScrollArea(m_tabs);
    auto *overview = new QWidget(overviewScroll);
    m_overview->setupUi(overview);
    overviewScroll->setWidget(overview);
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->setTabToolTip(m_tabs->addTab(overviewScroll, tr("&Overview")), tr("Overview"));
    // Every part's tab in sight, never behind scroll arrows: in a narrow window
    // their names shorten (the whole name is the tab's tooltip).
    m_tabs->setUsesScrollButtons(false);
    m_tabs->installEventFilter(this);
    setUpOverview();

    auto addPage = [this](Part part, const QString &title, const QList<PartPage::Detail> &details) {
        auto *page = new PartPage(m_doc, part, details, m_tabs);
        m_pages << page;
        m_tabs->setTabToolTip(m_tabs->addTab(page, title), QString(title).remove(u'&'));
        return page;
    };
    addPage(Part::Takeaways, tr("Ta&keaways"), {});
    addPage(Part::Sections, tr("&Sections"),
            {{QStringLiteral("heading"), tr("Heading"), false},
             {QStringLiteral("body"), tr("Text (Markdown)"), true}});
    PartPage *timeline = addPage(Part::Timeline, tr("T&imeline"),
                                 {{QStringLiteral("description"), tr("Description (Markdown)"), true}});
    auto *drawn = new TimelineView(timeline);
    drawn->setModel(timeline->model(), timeline->model()->columnOf(QStringLiteral("date")),
                    timeline->model()->columnOf(QStringLiteral("title")));
    drawn->setRecordRole(PartModel::RecordRole);
    drawn->setAccessibleName(tr("Timeline drawing"));
    static_cast<QVBoxLayout *>(timeline->layout())->insertWidget(0, drawn);
    connect(drawn, &TimelineView::rowActivated, timeline, &PartPage::setCurrentRow);
    connect(timeline, &PartPage::currentRowChanged, drawn, &TimelineView::setCurrentRow);
    timeline->table()->setItemDelegateForColumn(timeline->model()->columnOf(QStringLiteral("date")),
                                                new PartialDateDelegate(timeline));
    addPage(Part::Faq, tr("FA&Q"), {{QStringLiteral("answer"), tr("Answer (Markdown)"), true}});
    PartPage *sources =
        addPage(Part::Sources, tr("Sour&ces"), {{QStringLiteral("summary"), tr("Summary"), true}});
    PartModel *sm = sources->model();
    sources->table()->setItemDelegateForColumn(sm->columnOf(QStringLiteral("url")), new UrlDelegate(sources));
    sources->table()->setItemDelegateForColumn(sm->columnOf(QStringLiteral("outlet")),
                                               new CompletingDelegate(m_session->cache().outlets, sources));
    sources->table()->setItemDelegateForColumn(sm->columnOf(QStringLiteral("relevance")),
                                               new RelevanceDelegate(sources));
    sources->table()->setItemDelegateForColumn(sm->columnOf(QStringLiteral("published")),
                                               new PartialDateDelegate(sources));
    sources->table()->setItemDelegateForColumn(sm->columnOf(QStringLiteral("accessed")),
                                               new PartialDateDelegate(sources));
    // The bibliographic record below the summary, scrolled when the page is short.
    auto *record = new SourceRecordEditor(m_doc, sources);
    record->setObjectName(QStringLiteral("sourceRecord"));
    auto *recordScroll = new QScrollArea(sources);
    recordScroll->setWidget(record);
    recordScroll->setWidgetResizable(true);
    recordScroll->setFrameShape(QFrame::NoFrame);
    auto *recordLabel = new QLabel(tr("Bibliographic record"), sources);
    static_cast<QVBoxLayout *>(sources->layout())->addWidget(recordLabel);
    static_cast<QVBoxLayout *>(sources->layout())->addWidget(recordScroll, 3);

    m_history = new HistoryPanel(m_session, m_doc, m_sync, m_tabs);
    connect(m_sync, &DraftSync::historyChanged, m_history, &HistoryPanel::reload);
    m_tabs->setTabToolTip(m_tabs->addTab(m_history, tr("Histor&y")), tr("History"));
    setUpComments();

    // On the right: the live page, and the comparison the history asks for.
    m_views = new QTabWidget(m_splitter);
    m_views->setDocumentMode(true);
    m_views->addTab(m_preview, tr("Page"));
    m_diff = new DiffView(m_views);
    m_diff->setComments(m_history->commentList());
    connect(m_history, &HistoryPanel::commentsChanged, m_diff, &DiffView::setComments);
    m_views->addTab(m_diff, tr("Changes"));
    connect(m_preview, &PreviewView::guideLinkActivated, this, &GuideEditor::guideLinkActivated);
    connect(m_diff, &DiffView::guideLinkActivated, this, &GuideEditor::guideLinkActivated);
    m_source = new SourceView(m_views);
    m_views->addTab(m_source, tr("Guide File"));
    connect(m_history, &HistoryPanel::compareRequested, this,
            [this](const Guide &from, const Guide &to, const QString &fromLabel, const QString &toLabel) {
                m_diff->setComparison(from, to, fromLabel, toLabel);
                m_views->setCurrentWidget(m_diff);
            });

    for (PartPage *page : std::as_const(m_pages)) {
        connect(page, &PartPage::detailFocused, m_preview, &PreviewView::revealBlock);
    }
    connect(m_preview, &PreviewView::blockActivated, this,
            [this](const QString &path, int line) { goToPlace(path, line); });
    connect(m_preview, &PreviewView::scrolledTo, this, &GuideEditor::followPreview);

    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // The form a little wider than the page, so that at 1024 pixels its fields and
    // tabs have room; the page reads well from 400 pixels.
    m_splitter->setSizes({660, 540});
    m_tabs->setMinimumWidth(360);
    m_preview->setMinimumWidth(320);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_conflictBar);
    m_reviewBar = new ReviewNoteBar(this);
    m_reviewBar->setState(m_session->cache().reviewStates.value(m_doc->guide().id));
    connect(m_reviewBar, &ReviewNoteBar::historyRequested, this,
            [this] { m_tabs->setCurrentWidget(m_history); });
    layout->addWidget(m_reviewBar);
    layout->addWidget(m_splitter);
    connect(m_conflictBar, &ConflictBar::resolveRequested, this, &GuideEditor::resolveConflicts);
    connect(m_sync, &DraftSync::stateChanged, this, &GuideEditor::saveStateChanged);
    connect(m_sync, &DraftSync::saved, this, [this] {
        updateSlugStatus();
        Q_EMIT saved(m_doc->guide().slug);
    });
    m_lintTimer.setSingleShot(true);
    m_lintTimer.setInterval(lintDelayMs);
    connect(&m_lintTimer, &QTimer::timeout, this, &GuideEditor::runLint);
    connect(&m_lintWatcher, &QFutureWatcher<Checked>::finished, this, &GuideEditor::lintFinished);
    connect(m_views, &QTabWidget::currentChanged, this, &GuideEditor::showSourceIfVisible);
    connect(m_doc, &GuideDocument::changed, this, &GuideEditor::documentChanged);
    // Leaving the editor saves at once.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        if (m_sync->hasUnsavedEdits() && old && isAncestorOf(old) && !(now && isAncestorOf(now)))
            m_sync->saveNow();
    });

    refreshOverview();
    updateSlugStatus();
    refreshPreview();
    runLint();
}

GuideEditor::~GuideEditor()
{
    m_lintWatcher.waitForFinished();
    // Whoever closes the editor asked saveNow() first and decided on failure.
    m_sync->saveAndWait(nullptr);
}

void GuideEditor::workspaceChanged()
{
    m_reviewBar->setState(m_session->cache().reviewStates.value(m_doc->guide().id));
    // Related guides' titles on the page, slug owners in lint and the slug check.
    const QHash<QString, QString> &titles = m_session->cache().titlesBySlug;
    if (titles != m_titles) {
        m_titles = titles;
        refreshPreview();
    }
    // An autosave of this guide changes neither: nothing to check again then.
    if (m_session->cache().guideIdsBySlug != m_owners) {
        m_owners = m_session->cache().guideIdsBySlug;
        updateSlugStatus();
        runLint();
    }
}

bool GuideEditor::isSaved() const
{
    return !m_sync->hasUnsavedEdits() && m_sync->state() == DraftSync::State::Saved;
}

void GuideEditor::recoverHeldEdits(const Draft &held, const Guide &heldBase)
{
    const Guide stored = m_doc->guide();
    const qint64 storedRevision = m_sync->baseRevision();
    // Start again from where the held edits stood, then take in what is stored.
    m_doc->replaceContent(held.guide, tr("Recover edits kept after a conflict"));
    m_doc->undoStack()->clear();
    m_sync->setBase(heldBase, held.revision);
    m_sync->mergeIn(heldBase, stored, storedRevision, tr("Merge changes saved while your edits were kept"));
}

bool GuideEditor::resolveConflicts()
{
    if (!m_sync->pending())
        return true;
    const auto &pending = *m_sync->pending();
    const QString theirs = pending.theirsRevision == 0 ? tr("The imported file")
                           : pending.who.isEmpty()     ? tr("Theirs (saved by another program)")
                                                       : tr("Theirs (saved by %1)").arg(pending.who);
    MergeDialog dialog(m_sync->currentMerge(), theirs, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result().clean())
        return false;
    m_sync->applyResolution(dialog.result());
    return true;
}

PartPage *GuideEditor::page(Part part) const
{
    for (PartPage *p : m_pages) {
        if (p->part() == part)
            return p;
    }
    return nullptr;
}

void GuideEditor::setUpOverview()
{
    Ui::OverviewForm *f = m_overview.get();
    // Kind, level, status and language side by side while they fit, wrapping onto
    // more lines in a narrow window rather than clipping.
    auto *details = new QWidget(f->kindEdit->parentWidget());
    auto *flow = new FlowLayout(details, 12);
    flow->setContentsMargins(0, 0, 0, 0);
    auto pair = [&](QLabel *label, QWidget *field) {
        auto *unit = new QWidget(details);
        auto *row = new QHBoxLayout(unit);
        row->setContentsMargins(0, 0, 0, 0);
        if (label)
            row->addWidget(label);
        row->addWidget(field);
        flow->addWidget(unit);
    };
    const QFormLayout::TakeRowResult kindRow = f->form->takeRow(f->kindLabel);
    f->kindEdit->setMinimumWidth(110);
    pair(nullptr, f->kindEdit);
    pair(f->levelLabel, f->levelCombo);
    pair(f->statusLabel, f->statusCombo);
    pair(f->languageLabel, f->languageBox);
    delete kindRow.fieldItem; // the row's old layout; its widgets moved above
    f->form->insertRow(3, f->kindLabel, details);
    f->tldrEdit->setMinimumHeight(120);
    f->levelCombo->addItems(guide::levels);
    f->statusCombo->addItems(guide::statuses);
    for (QLineEdit *line : {f->titleEdit, f->slugEdit, f->subjectEdit, f->kindEdit})
        StackUndo::install(line, m_doc->undoStack());
    connect(f->titleEdit, &QLineEdit::textEdited, this, [this](const QString &t) {
        QString slug = guide::slugify(t);
        // A slug another guide has would stop the saves: follow with a number then.
        const QHash<QString, QString> &owners = m_session->cache().guideIdsBySlug;
        const QString base = slug;
        for (int n = 2; !slug.isEmpty() && owners.value(slug, m_doc->guide().id) != m_doc->guide().id; ++n)
            slug = QStringLiteral("%1-%2").arg(base).arg(n);
        if (m_slugFollows && !slug.isEmpty())
            m_doc->setFieldWith(QStringLiteral("title"), t, QStringLiteral("slug"), slug);
        else
            m_doc->setField(QStringLiteral("title"), t);
    });
    connect(f->slugEdit, &QLineEdit::textEdited, this, [this](const QString &t) {
        m_slugFollows = false; // the editor chose a slug
        m_doc->setField(QStringLiteral("slug"), t);
    });
    connect(f->subjectEdit, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_doc->setField(QStringLiteral("subject"), t); });
    connect(f->kindEdit, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_doc->setField(QStringLiteral("kind"), t); });
    connect(f->levelCombo, &QComboBox::activated, this,
            [this, f] { m_doc->setField(QStringLiteral("level"), f->levelCombo->currentText()); });
    connect(f->statusCombo, &QComboBox::activated, this,
            [this, f] { m_doc->setField(QStringLiteral("status"), f->statusCombo->currentText()); });
    connect(f->languageBox, &LanguageBox::tagChosen, this,
            [this](const QString &tag) { m_doc->setField(QStringLiteral("language"), tag); });
    connect(f->tldrEdit, &MarkdownEdit::textEdited, this,
            [this](const QString &t) { m_doc->setField(QStringLiteral("tldr"), t); });
    connect(f->tldrEdit, &MarkdownEdit::cursorPositionChanged, this, [this, f] {
        if (f->tldrEdit->hasFocus())
            m_preview->revealBlock(QStringLiteral("tldr"), f->tldrEdit->textCursor().blockNumber() + 1);
    });
    connect(f->topicsEdit, &TagEdit::tagsEdited, this,
            [this](const QStringList &tags) { m_doc->setList(Part::Topics, tags); });
    QStringList slugs = m_titles.keys();
    slugs.sort();
    QStringList titles;
    for (const QString &slug : std::as_const(slugs))
        titles << m_titles.value(slug);
    f->relatedEdit->setCompletions(slugs, titles);
    connect(f->relatedEdit, &TagEdit::tagsEdited, this,
            [this](const QStringList &tags) { m_doc->setList(Part::Related, tags); });
}

void GuideEditor::refreshOverview()
{
    const Guide &g = m_doc->guide();
    Ui::OverviewForm *f = m_overview.get();
    auto setLine = [](QLineEdit *e, const QString &v) {
        if (e->text() != v)
            e->setText(v);
    };
    setLine(f->titleEdit, g.title);
    setLine(f->slugEdit, g.slug);
    setLine(f->subjectEdit, g.subject);
    setLine(f->kindEdit, g.kind);
    f->levelCombo->setCurrentText(g.level);
    f->statusCombo->setCurrentText(g.status);
    if (!f->languageBox->hasFocus())
        f->languageBox->setTag(g.language);
    f->tldrEdit->setMarkdown(g.tldr);
    f->topicsEdit->setTags(g.topics);
    f->relatedEdit->setTags(g.related);
    QStringList keys;
    for (const Source &s : g.sources)
        keys << s.key;
    f->tldrEdit->setCitationKeys(keys);
    for (PartPage *p : std::as_const(m_pages))
        p->setCitationKeys(keys);
}

void GuideEditor::updateSlugStatus()
{
    const Guide &g = m_doc->guide();
    QString problem;
    if (!guide::isValidSlug(g.slug))
        problem = tr("not a valid slug");
    else if (m_session->cache().guideIdsBySlug.value(g.slug, g.id) != g.id)
        problem = tr("another guide has this slug");
    m_overview->slugStatus->setText(problem.isEmpty() ? tr("✓ available") : QStringLiteral("⚠ ") + problem);
    m_overview->slugStatus->setToolTip(problem);
}

void GuideEditor::documentChanged(const ChangeEvent &event)
{
    m_lintTimer.start();
    if (event.type == ChangeEvent::Type::Reset || event.part == Part::Metadata ||
        event.part == Part::Topics || event.part == Part::Related || event.part == Part::Sources)
        refreshOverview();
    if (event.type == ChangeEvent::Type::Reset || event.field == QLatin1String("language"))
        applyLanguage();
    // Asking the workspace who owns the slug is only needed when the slug changes.
    if (event.type == ChangeEvent::Type::Reset || event.field == QLatin1String("slug"))
        updateSlugStatus();
    if (event.part == Part::Metadata && event.field == QLatin1String("title"))
        Q_EMIT titleChanged(m_doc->guide().title);
    refreshPreview();
}

bool GuideEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs && event->type() == QEvent::Resize) {
        // Whole tab names while they fit (the bar's size hint is the unshortened
        // one); shortened only when the pane is narrow.
        const Qt::TextElideMode mode =
            m_tabs->tabBar()->sizeHint().width() <= m_tabs->width() ? Qt::ElideNone : Qt::ElideRight;
        if (m_tabs->elideMode() != mode)
            m_tabs->setElideMode(mode);
    }
    return QWidget::eventFilter(watched, event);
}

void GuideEditor::applyLanguage()
{
    // The guide's text runs in its language's direction in every editor of it
    // (the form's labels and tables keep the interface's), and is checked
    // against its language's dictionary.
    const QString tag = m_doc->guide().language;
    const Qt::LayoutDirection direction =
        language::isRightToLeft(language::ofPage(tag)) ? Qt::RightToLeft : Qt::LeftToRight;
    SpellChecker *spelling = SpellChecker::forLanguage(tag);
    const QList<MarkdownEdit *> editors = findChildren<MarkdownEdit *>();
    for (MarkdownEdit *e : editors) {
        e->setLayoutDirection(direction);
        if (e->spellChecker() != spelling)
            e->setSpellChecker(spelling);
    }
    Ui::OverviewForm *f = m_overview.get();
    for (QLineEdit *line : {f->titleEdit, f->subjectEdit, f->kindEdit})
        line->setLayoutDirection(direction);
    for (PartPage *p : std::as_const(m_pages))
        p->setTextDirection(direction);
}

void GuideEditor::refreshPreview()
{
    RenderContext context;
    context.now = QDateTime::currentDateTimeUtc();
    context.guideTitles = m_titles;
    m_preview->showGuide(m_doc->guide(), context);
}

void GuideEditor::runLint()
{
    if (m_lintWatcher.isRunning()) {
        m_lintAgain = true; // one more pass when this one ends
        return;
    }
    // The session's cached slug owners; the checks run on a copy.
    LintContext context = m_session->lintContext();
    const Guide &g = m_doc->guide();
    const QString owner = context.guideIdBySlug.value(g.slug, g.id);
    for (auto it = context.guideIdBySlug.begin(); it != context.guideIdBySlug.end();) {
        // This guide's stored slug may be out of date while its slug is being edited.
        it = it.value() == g.id ? context.guideIdBySlug.erase(it) : std::next(it);
    }
    context.guideIdBySlug.insert(g.slug, owner);
    m_lintWatcher.setFuture(QtConcurrent::run([g, context] {
        return Checked{lint(g, context), guidefile::write(g)};
    }));
}

void GuideEditor::lintFinished()
{
    const Checked checked = m_lintWatcher.result();
    m_findings = checked.findings;
    m_fileText = checked.file;
    m_sourceStale = true;
    showSourceIfVisible();
    Q_EMIT lintUpdated(m_findings);
    if (m_lintAgain) {
        m_lintAgain = false;
        runLint();
    }
}

void GuideEditor::showSourceIfVisible()
{
    // A long guide's file is large: only lay it out when someone looks at it.
    if (m_sourceStale && m_views->currentWidget() == m_source) {
        m_source->setSource(m_fileText);
        m_sourceStale = false;
    }
}

bool GuideEditor::saveNow(QString *error)
{
    return m_sync->saveAndWait(error);
}

void GuideEditor::followPreview(const QString &path, int line)
{
    // The reader scrolled the page: if that field's editor is on screen, bring
    // the line into view there too, without taking the keyboard focus.
    MarkdownEdit *editor = nullptr;
    if (path == QLatin1String("tldr")) {
        editor = m_overview->tldrEdit;
    } else {
        static const QRegularExpression itemPath(QStringLiteral("^(\\w+)\\[(\\d+)\\]\\.(\\w+)$"));
        const auto m = itemPath.match(path);
        for (PartPage *p : std::as_const(m_pages)) {
            if (m.hasMatch() && p->isVisible() && p->currentRow() == m.captured(2).toInt() &&
                GuideDocument::partKey(p->part()) == m.captured(1))
                editor = qobject_cast<MarkdownEdit *>(p->detailEditor(m.captured(3)));
        }
    }
    if (!editor || !editor->isVisible() || editor->hasFocus())
        return;
    const QTextBlock block = editor->document()->findBlockByNumber(line - 1);
    if (block.isValid())
        editor->verticalScrollBar()->setValue(static_cast<int>(
            editor->verticalScrollBar()->maximum() *
            (block.position() / std::max(1.0, double(editor->document()->characterCount())))));
}

void GuideEditor::startNewGuide()
{
    m_slugFollows = true;
    goToPlace(QStringLiteral("title"));
    // After goToPlace's deferred focus: typing then replaces the placeholder title.
    QTimer::singleShot(0, this, [this] { m_overview->titleEdit->selectAll(); });
}

void GuideEditor::goToPlace(const QString &path, int line)
{
    static const QRegularExpression itemPath(QStringLiteral("^(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?"));
    const auto m = itemPath.match(path);
    QWidget *target = nullptr;
    if (!m.hasMatch()) {
        m_tabs->setCurrentIndex(0);
        const QString field = path.section(u'.', 0, 0);
        Ui::OverviewForm *f = m_overview.get();
        target = field == QLatin1String("title")     ? static_cast<QWidget *>(f->titleEdit)
                 : field == QLatin1String("slug")    ? f->slugEdit
                 : field == QLatin1String("subject") ? f->subjectEdit
                 : field == QLatin1String("topics")  ? static_cast<QWidget *>(f->topicsEdit)
                 : field == QLatin1String("related") ? static_cast<QWidget *>(f->relatedEdit)
                                                     : static_cast<QWidget *>(f->tldrEdit);
    } else {
        static const QHash<QString, Part> parts = {{QStringLiteral("takeaways"), Part::Takeaways},
                                                   {QStringLiteral("sections"), Part::Sections},
                                                   {QStringLiteral("timeline"), Part::Timeline},
                                                   {QStringLiteral("faq"), Part::Faq},
                                                   {QStringLiteral("sources"), Part::Sources}};
        PartPage *p = page(parts.value(m.captured(1), Part::Metadata));
        if (!p)
            return;
        m_tabs->setCurrentWidget(p);
        p->setCurrentRow(m.captured(2).toInt());
        target = p->detailEditor(m.captured(3));
        if (!target) {
            const int column = std::max(0, p->model()->columnOf(m.captured(3)));
            p->table()->setCurrentIndex(p->model()->index(m.captured(2).toInt(), column));
            target = p->table();
        }
    }
    if (auto *md = qobject_cast<MarkdownEdit *>(target); md && line > 0) {
        QTextCursor cursor(md->document()->findBlockByNumber(line - 1));
        md->setTextCursor(cursor);
        md->centerCursor();
    }
    // The tab switch hands focus to the page's first control once it settles; take it after that.
    QTimer::singleShot(0, target, [target] { target->setFocus(Qt::OtherFocusReason); });
}

} // namespace almanac
