#include "historypanel.h"

#include "document/draftsync.h"
#include "document/guidedocument.h"
#include "guide/lint.h"
#include "history/commentspane.h"
#include "render/pagerenderer.h"
#include "settings/preferencesdialog.h"
#include "store/workspacesession.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace almanac {

template <typename Fn> auto HistoryPanel::withStore(Fn fn) const
{
    return m_session->call([&fn](Workspace &ws) {
        VersionStore store(ws);
        return fn(store);
    });
}

HistoryPanel::HistoryPanel(WorkspaceSession *session, GuideDocument *document, DraftSync *sync,
                           QWidget *parent)
    : QWidget(parent), m_session(session), m_doc(document), m_sync(sync), m_list(new QListWidget(this)),
      m_findings(new QLabel(this))
{
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::PlainText);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setAccessibleName(tr("Findings of the chosen version"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Versions"));
    m_list->setToolTip(
        tr("Choose a version to compare it with the draft; Ctrl+click a second one to compare the two."));
    m_comments = new CommentsPane(
        session, document, [this] { return storedSlug(); },
        [this](int number, QString *error) { return contentOf(number, error); }, this);
    connect(m_comments, &CommentsPane::placeRequested, this, &HistoryPanel::placeRequested);
    connect(m_comments, &CommentsPane::commentsChanged, this, &HistoryPanel::commentsChanged);

    auto button = [this](const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setAccessibleName(QString(text).remove(u'&'));
        return b;
    };
    m_snapshot = button(tr("Make Versio&n…"));
    m_submit = button(tr("Su&bmit for Review"));
    m_approve = button(tr("&Approve"));
    m_requestChanges = button(tr("Request Chan&ges…"));
    m_publish = button(tr("&Publish"));
    m_restore = button(tr("Restore into &Draft"));
    auto *grid = new QGridLayout;
    grid->addWidget(m_snapshot, 0, 0);
    grid->addWidget(m_restore, 0, 1);
    grid->addWidget(m_submit, 1, 0);
    grid->addWidget(m_approve, 1, 1);
    grid->addWidget(m_requestChanges, 2, 0);
    grid->addWidget(m_publish, 2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_findings);
    layout->addLayout(grid);
    layout->addWidget(new QLabel(tr("Comments"), this));
    layout->addWidget(m_comments, 1);

    connect(m_list, &QListWidget::itemSelectionChanged, this, &HistoryPanel::selectionChanged);
    auto selectedNumber = [this] {
        const QList<QListWidgetItem *> items = m_list->selectedItems();
        return items.size() == 1 ? items.first()->data(Qt::UserRole).toInt() : -1;
    };
    connect(m_snapshot, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getText(this, tr("Make Version"), tr("What is this version?"),
                                                   QLineEdit::Normal, QString(), &ok);
        QString error;
        if (ok && !snapshot(note, &error))
            report(error);
        else if (ok && !m_versions.isEmpty())
            m_list->setCurrentRow(1); // the new version, with its findings
    });
    auto action = [this, selectedNumber](VersionStore::Action a, bool needsNote) {
        const int n = selectedNumber();
        if (n <= 0)
            return;
        QString note;
        if (needsNote) {
            bool ok = false;
            note = QInputDialog::getMultiLineText(this, tr("Request Changes"), tr("What should change?"),
                                                  QString(), &ok);
            if (!ok)
                return;
        }
        if (a == VersionStore::Action::Publish) {
            QString error;
            const QString slug = storedSlug();
            const auto check =
                withStore([&](VersionStore &store) { return store.checkPublish(slug, n, &error); });
            if (!check)
                return report(error);
            QStringList lines;
            for (const Finding &f : check->findings)
                lines << QStringLiteral("%1: %2: %3").arg(f.severityName(), f.place, f.message);
            if (check->blocked())
                return report(
                    tr("v%1 has lint errors and cannot be published:\n%2").arg(n).arg(lines.join(u'\n')));
            if (check->needsConfirmation() &&
                QMessageBox::question(
                    this, tr("Publish"),
                    tr("v%1 has warnings:\n%2\n\nPublish it anyway?").arg(n).arg(lines.join(u'\n')),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
                return;
        }
        QString error;
        if (!apply(n, a, note, &error))
            report(error);
    };
    connect(m_submit, &QPushButton::clicked, this, [action] { action(VersionStore::Action::Submit, false); });
    connect(m_approve, &QPushButton::clicked, this,
            [action] { action(VersionStore::Action::Approve, false); });
    connect(m_requestChanges, &QPushButton::clicked, this,
            [action] { action(VersionStore::Action::RequestChanges, true); });
    connect(m_publish, &QPushButton::clicked, this,
            [action] { action(VersionStore::Action::Publish, false); });
    connect(m_restore, &QPushButton::clicked, this, [this, selectedNumber] {
        QString error;
        if (selectedNumber() > 0 && !restore(selectedNumber(), &error))
            report(error);
    });
    connect(m_comments->addButton(), &QPushButton::clicked, this, &HistoryPanel::startComment);
    reload();
}

void HistoryPanel::trigger(Step step)
{
    QPushButton *buttons[] = {m_snapshot, m_submit, m_approve, m_requestChanges, m_publish};
    QPushButton *button = buttons[static_cast<int>(step)];
    if (step != Step::MakeVersion) {
        int n = -1;
        if (m_list->selectedItems().size() == 1)
            n = m_list->selectedItems().first()->data(Qt::UserRole).toInt();
        if (n <= 0 && !m_versions.isEmpty()) {
            m_list->setCurrentRow(1); // the newest version, under the draft
        }
    }
    if (!button->property("refusal").toString().isEmpty()) {
        report(button->property("refusal").toString());
        return;
    }
    if (!button->isEnabled()) {
        QString state;
        for (QListWidgetItem *item : m_list->selectedItems())
            state = item->text();
        report(state.isEmpty()
                   ? tr("%1: there is no version to do this to; make one first.")
                         .arg(QString(button->text()).remove(u'&'))
                   : tr("%1 cannot be done to %2.").arg(QString(button->text()).remove(u'&'), state));
        return;
    }
    button->click();
}

QString HistoryPanel::storedSlug() const
{
    // Versions belong to the guide under the slug it has in the workspace; the
    // draft may ask for another one (being typed, or another guide's).
    const QString id = m_doc->guide().id;
    const QHash<QString, QString> &owners = m_session->cache().guideIdsBySlug;
    if (owners.value(m_doc->guide().slug) == id)
        return m_doc->guide().slug;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value() == id)
            return it.key();
    }
    return m_doc->guide().slug;
}

void HistoryPanel::report(const QString &error)
{
    QMessageBox::warning(this, tr("History"), error);
}

void HistoryPanel::reload()
{
    QString error;
    const QString slug = storedSlug();
    m_versions = withStore([&](VersionStore &store) { return store.versions(slug, &error); });
    m_events = withStore([&](VersionStore &store) { return store.history(slug, &error); });
    m_list->blockSignals(true);
    m_list->clear();
    auto *draft = new QListWidgetItem(tr("Draft — the text being edited"), m_list);
    draft->setData(Qt::UserRole, 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const VersionInfo &v : std::as_const(m_versions)) {
        // The last step taken on it: a request for changes brings its note.
        const VersionEvent *last = nullptr;
        for (const VersionEvent &e : std::as_const(m_events)) {
            if (e.number == v.number)
                last = &e; // the events come in the order they happened
        }
        const bool sentBack =
            v.state == QLatin1String("draft") && last && last->action == QLatin1String("request-changes");
        QString text = QStringLiteral("%1 · %2").arg(v.label(), sentBack ? tr("changes requested") : v.state);
        if (v.live)
            text += tr(" · live");
        text += QStringLiteral(" · %1 · %2").arg(PageRenderer::ago(v.created, now), v.author);
        if (!v.note.isEmpty())
            text += QStringLiteral(" — ") + v.note;
        if (sentBack)
            text += tr("\n    %1 asked: %2").arg(last->actor, last->note);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, v.number);
        item->setToolTip(QStringLiteral("SHA-256 %1").arg(v.sha256));
    }
    m_list->blockSignals(false);
    showFindings(0);
    m_comments->reload();
    updateButtons();
}

void HistoryPanel::startComment()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    int n = selected.size() == 1 ? selected.first()->data(Qt::UserRole).toInt() : 0;
    if (n <= 0 && !m_versions.isEmpty())
        n = m_versions.first().number; // the newest, as the Review menu acts on it
    if (n <= 0)
        return report(tr("There is no version to comment on yet: make one first."));
    m_comments->startComment(n, m_currentPlace ? m_currentPlace() : EditorPlace{});
}

QTreeWidget *HistoryPanel::comments() const
{
    return m_comments->tree();
}

QList<Comment> HistoryPanel::commentList() const
{
    return m_comments->comments();
}

int HistoryPanel::numberAt(int row) const
{
    QListWidgetItem *item = m_list->item(row);
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

QString HistoryPanel::labelOf(int number) const
{
    return number == 0 ? tr("draft") : QStringLiteral("v%1").arg(number);
}

std::optional<Guide> HistoryPanel::contentOf(int number, QString *error) const
{
    if (number == 0)
        return m_doc->guide();
    const QString slug = storedSlug();
    return withStore([&](VersionStore &store) { return store.content(slug, number, error); });
}

void HistoryPanel::showFindings(int number)
{
    if (number <= 0) {
        m_findings->clear();
        m_findings->setVisible(false);
        return;
    }
    QString error;
    const QString slug = storedSlug();
    const auto check =
        withStore([&](VersionStore &store) { return store.checkPublish(slug, number, &error); });
    m_findings->setVisible(true);
    if (!check) {
        m_findings->setText(error);
        return;
    }
    int errors = 0;
    QStringList lines;
    for (const Finding &f : check->findings) {
        errors += f.severity == Finding::Severity::Error ? 1 : 0;
        lines << QStringLiteral("• %1: %2: %3").arg(f.severityName(), f.place, f.message);
    }
    const int warnings = static_cast<int>(check->findings.size()) - errors;
    QString head = check->findings.isEmpty()
                       ? tr("Lint of v%1: no problems.").arg(number)
                       : tr("Lint of v%1: %2 error(s), %3 warning(s)%4")
                             .arg(number)
                             .arg(errors)
                             .arg(warnings)
                             .arg(errors > 0 ? tr(" — errors block submitting and publishing") : QString());
    m_findings->setText(lines.isEmpty() ? head : head + u'\n' + lines.join(u'\n'));
    QPalette p = palette();
    if (errors > 0)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_findings->setPalette(p);
}

void HistoryPanel::selectionChanged()
{
    updateButtons();
    {
        const QList<QListWidgetItem *> items = m_list->selectedItems();
        showFindings(items.size() == 1 ? items.first()->data(Qt::UserRole).toInt() : 0);
    }
    QList<int> numbers;
    for (QListWidgetItem *item : m_list->selectedItems())
        numbers << item->data(Qt::UserRole).toInt();
    if (numbers.size() == 1) {
        // One entry: compare a version with the draft, or the draft with the newest version.
        const int other = numbers.first() == 0 ? (m_versions.isEmpty() ? -1 : m_versions.first().number) : 0;
        if (other < 0)
            return;
        numbers.append(other);
    }
    if (numbers.size() != 2)
        return;
    // Older on the left: versions by number, the draft last.
    std::sort(numbers.begin(), numbers.end(),
              [](int a, int b) { return (a == 0 ? INT_MAX : a) < (b == 0 ? INT_MAX : b); });
    QString error;
    const auto from = contentOf(numbers[0], &error);
    const auto to = contentOf(numbers[1], &error);
    if (!from || !to)
        return report(error);
    Q_EMIT compareRequested(*from, *to, labelOf(numbers[0]), labelOf(numbers[1]));
}

void HistoryPanel::updateButtons()
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    const int n = items.size() == 1 ? items.first()->data(Qt::UserRole).toInt() : -1;
    QString state;
    for (const VersionInfo &v : std::as_const(m_versions)) {
        if (v.number == n)
            state = v.state;
    }
    // On a team workspace the server refuses a step the person's roles do not
    // allow: such a button is off, and its tooltip says why.
    const SessionCache &cache = m_session->cache();
    const struct
    {
        QPushButton *button;
        const char *step;
        bool allowed;
    } buttons[] = {
        {m_snapshot, "snapshot", true},
        {m_submit, "submit", VersionStore::allows(VersionStore::Action::Submit, state)},
        {m_approve, "approve", VersionStore::allows(VersionStore::Action::Approve, state)},
        {m_requestChanges, "request-changes",
         VersionStore::allows(VersionStore::Action::RequestChanges, state)},
        {m_publish, "publish", VersionStore::allows(VersionStore::Action::Publish, state)},
        {m_restore, "edit", n > 0},
        {m_comments->addButton(), "comment", n > 0},
    };
    for (const auto &b : buttons) {
        const QString refusal = cache.team ? team::refusal(cache.me, QString::fromLatin1(b.step)) : QString();
        b.button->setEnabled(b.allowed && refusal.isEmpty());
        b.button->setToolTip(refusal);
        b.button->setProperty("refusal", refusal);
    }
}

bool HistoryPanel::snapshot(const QString &note, QString *error)
{
    // The version is made from the stored draft: save first (never over
    // another program's save: the sync merges or stops on a conflict).
    if (!m_sync->saveAndWait(error))
        return false;
    const QString slug = storedSlug();
    if (!withStore([&](VersionStore &store) {
            return store.snapshot(slug, PreferencesDialog::userName(), note, error).has_value();
        }))
        return false;
    reload();
    Q_EMIT historyChanged();
    return true;
}

bool HistoryPanel::apply(int number, VersionStore::Action action, const QString &note, QString *error)
{
    const QString slug = storedSlug();
    if (!withStore([&](VersionStore &store) {
            return store.apply(slug, number, action, PreferencesDialog::userName(), note, error);
        }))
        return false;
    reload();
    Q_EMIT historyChanged();
    return true;
}

bool HistoryPanel::restore(int number, QString *error)
{
    auto g = contentOf(number, error);
    if (!g)
        return false;
    g->created = m_doc->guide().created;
    m_doc->replaceContent(*g, tr("Restore v%1").arg(number));
    return true;
}

bool HistoryPanel::addComment(int number, const QString &part, const QString &partId, const QString &body,
                              QString *error)
{
    return m_comments->add({number, part, partId, body, {}, 0, {}}, error);
}

} // namespace almanac
