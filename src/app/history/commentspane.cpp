#include "history/commentspane.h"

#include "document/guidedocument.h"
#include "guide/items.h"
#include "history/commentdialog.h"
#include "history/historypanel.h"
#include "settings/preferencesdialog.h"
#include "store/team.h"
#include "store/workspacesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace almanac {

namespace {

enum Column
{
    VersionColumn,
    OnColumn,
    ByColumn,
    TextColumn
};

constexpr int IdRole = Qt::UserRole;

QString firstLine(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0);
    return text.contains(u'\n') ? line + QChar(0x2026) : line;
}

QString quoted(const QString &words)
{
    const QString one = words.simplified();
    return QStringLiteral("\u201c%1\u201d").arg(one.size() > 50 ? one.left(49) + QChar(0x2026) : one);
}

} // namespace

CommentsPane::CommentsPane(WorkspaceSession *session, GuideDocument *document, std::function<QString()> slug,
                           VersionReader versions, QWidget *parent)
    : QWidget(parent), m_session(session), m_doc(document), m_slug(std::move(slug)),
      m_readVersion(std::move(versions)), m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderLabels({tr("Version"), tr("On"), tr("By"), tr("Comment")});
    m_tree->setAccessibleName(tr("Comments"));
    // The place (with the words quoted) gets room; the version and names take what they need.
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(VersionColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ByColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(OnColumn, 260);
    m_tree->setToolTip(tr("Comments in threads. Double-click or Enter goes to the place in the draft."));
    auto button = [this](const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setAccessibleName(QString(text).remove(u'&'));
        return b;
    };
    m_add = button(tr("Add Commen&t…"));
    m_reply = button(tr("Reply…")); // every letter of it is taken in the window: Tab reaches it
    m_resolve = button(tr("Reso&lve"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reply);
    buttons->addWidget(m_resolve);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CommentsPane::updateButtons);
    connect(m_reply, &QPushButton::clicked, this, &CommentsPane::startReply);
    connect(m_resolve, &QPushButton::clicked, this, &CommentsPane::resolveChosen);
    // Opening a comment goes to its thread's place in the draft.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, IdRole).toString() : QString();
        for (const Thread &t : std::as_const(m_threads)) {
            if (t.first.id != id || t.path.isEmpty())
                continue;
            const bool words = t.onWords() && t.place.fate != passage::Fate::Gone;
            Q_EMIT placeRequested(t.path, words ? t.place.start : 0, words ? t.place.length : 0);
        }
    });
    updateButtons();
}

const Guide *CommentsPane::version(int number)
{
    if (!m_versions.contains(number))
        m_versions.insert(number, m_readVersion(number, nullptr));
    const std::optional<Guide> &g = m_versions[number];
    return g ? &*g : nullptr;
}

void CommentsPane::reload()
{
    QString error;
    const QString slug = m_slug();
    m_comments = m_session->call([&](Workspace &ws) { return VersionStore(ws).comments(slug, &error); });
    m_threads.clear();
    m_placedIn.clear();
    // Threads in the order they were started, each with its replies in order
    // (a reply may share its first comment's second, and sort before it).
    QHash<QString, qsizetype> threadOf;
    for (const Comment &c : std::as_const(m_comments)) {
        if (!c.isReply()) {
            threadOf.insert(c.id, m_threads.size());
            m_threads.append({c, {}, {}, {}});
        }
    }
    for (const Comment &c : std::as_const(m_comments)) {
        if (c.isReply() && threadOf.contains(c.replyTo))
            m_threads[threadOf.value(c.replyTo)].replies.append(c);
    }
    relocate();
    fillTree();
    Q_EMIT commentsChanged(m_comments);
    Q_EMIT threadsChanged();
}

void CommentsPane::relocate()
{
    const Guide &draft = m_doc->guide();
    bool moved = false;
    for (Thread &t : m_threads) {
        const Comment &c = t.first;
        const std::optional<QString> now = items::text(draft, c.part, c.partId);
        if (!now) {
            moved = moved || !t.path.isEmpty();
            t.path.clear();
            t.place = {};
            m_placedIn.remove(c.id);
            continue;
        }
        const QString path = commentanchors::placeIn(draft, c.part, c.partId, true);
        const auto placed = m_placedIn.constFind(c.id);
        if (path == t.path && placed != m_placedIn.cend() && *placed == *now)
            continue; // its field did not change
        passage::Place place{passage::Fate::Kept, 0, 0};
        if (t.onWords()) {
            const Guide *v = version(c.version);
            const std::optional<QString> then = v ? items::text(*v, c.part, c.partId) : std::nullopt;
            place = then ? passage::follow(*then, c.quoteStart, c.quote.size(), *now) : passage::Place();
        }
        moved = moved || place != t.place || path != t.path;
        t.path = path;
        t.place = place;
        m_placedIn.insert(c.id, *now);
    }
    if (!moved)
        return;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        for (const Thread &t : std::as_const(m_threads)) {
            if (t.first.id == item->data(0, IdRole).toString())
                item->setText(OnColumn, onText(t));
        }
    }
    Q_EMIT threadsChanged();
}

QString CommentsPane::onText(const Thread &t)
{
    const Comment &c = t.first;
    const Guide *v = version(c.version);
    QString on = v ? commentanchors::label(*v, c.part, c.partId) : c.part;
    // With words quoted, they come first: they say more than the item's name.
    if (t.onWords())
        on = quoted(c.quote) + QStringLiteral(" \u00b7 ") + on;
    if (t.path.isEmpty())
        return on + tr(" — no longer in the draft");
    if (t.onWords() && t.place.fate == passage::Fate::Changed)
        return on + tr(" — words changed since v%1").arg(c.version);
    if (t.onWords() && t.place.fate == passage::Fate::Gone)
        return on + tr(" — words gone from the draft");
    return on;
}

QString CommentsPane::threadText(const Thread &t)
{
    QStringList lines;
    const QLocale locale;
    for (const Comment &c : QList<Comment>{t.first} + t.replies)
        lines << tr("%1, %2:").arg(c.author, locale.toString(c.created.toLocalTime(), QLocale::ShortFormat))
              << c.body << QString();
    if (t.first.resolved())
        lines << tr("Resolved by %1.").arg(t.first.resolvedBy);
    return lines.join(u'\n').trimmed();
}

void CommentsPane::fillTree()
{
    const QString chosen = chosenThread();
    m_tree->clear();
    for (const Thread &t : std::as_const(m_threads)) {
        const Comment &c = t.first;
        auto *item = new QTreeWidgetItem(
            m_tree, {QStringLiteral("v%1").arg(c.version), onText(t), c.author, firstLine(c.body)});
        item->setData(0, IdRole, c.id);
        for (const Comment &r : t.replies) {
            auto *reply = new QTreeWidgetItem(item, {QString(), QString(), r.author, firstLine(r.body)});
            reply->setData(0, IdRole, c.id);
        }
        QString tip = tr("On v%1: %2\n\n%3").arg(c.version).arg(onText(t), threadText(t));
        tip += t.path.isEmpty() ? tr("\n\n(The draft no longer has this part.)")
                                : tr("\n\nDouble-click to go to it.");
        for (int k = -1; k < item->childCount(); ++k) {
            for (int column = 0; column <= TextColumn; ++column)
                (k < 0 ? item : item->child(k))->setToolTip(column, tip);
        }
        if (c.resolved()) {
            QFont f = item->font(TextColumn);
            f.setStrikeOut(true);
            item->setFont(TextColumn, f);
        }
        item->setExpanded(!c.resolved());
        if (c.id == chosen)
            m_tree->setCurrentItem(item);
    }
    updateButtons();
}

QString CommentsPane::chosenThread() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

void CommentsPane::choose(const QString &threadId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, IdRole).toString() == threadId)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
    }
}

void CommentsPane::updateButtons()
{
    const QString id = chosenThread();
    bool open = false;
    for (const Thread &t : std::as_const(m_threads))
        open = open || (t.first.id == id && !t.first.resolved());
    const SessionCache &cache = m_session->cache();
    const QString refusal = cache.team ? team::refusal(cache.me, QStringLiteral("comment")) : QString();
    m_reply->setEnabled(!id.isEmpty() && refusal.isEmpty());
    m_resolve->setEnabled(open && refusal.isEmpty());
    m_reply->setToolTip(refusal.isEmpty() ? tr("Answer the chosen comment, in its thread.") : refusal);
    m_resolve->setToolTip(refusal.isEmpty() ? tr("Mark the chosen thread resolved.") : refusal);
}

bool CommentsPane::add(const CommentRequest &request, QString *error)
{
    const QString slug = m_slug();
    const QString author = PreferencesDialog::userName();
    if (!m_session->call([&](Workspace &ws) {
            return VersionStore(ws).addComment(slug, request, author, error).has_value();
        }))
        return false;
    reload();
    choose(request.replyTo);
    return true;
}

void CommentsPane::startComment(int number, const EditorPlace &place)
{
    const Guide *g = version(number);
    if (!g)
        return report(tr("v%1 of this guide cannot be read.").arg(number));
    // Any part of that version, by its stable id; first the one being edited.
    const QList<CommentAnchor> anchors = commentanchors::of(*g);
    int current = 0;
    for (int i = 0; i < anchors.size(); ++i) {
        if (anchors[i].part == place.part && anchors[i].partId == place.partId)
            current = i;
    }
    CommentDialog dialog(QStringLiteral("v%1").arg(number), anchors, current, this);
    // The words selected in the draft, as the version has them.
    passage::Place words;
    if (place.selectionLength > 0) {
        const auto drafted = items::text(m_doc->guide(), place.part, place.partId);
        const auto then = items::text(*g, place.part, place.partId);
        if (drafted && then)
            words = passage::follow(*drafted, place.selectionStart, place.selectionLength, *then);
        if (words.fate == passage::Fate::Kept)
            dialog.setQuote(current, then->mid(words.start, words.length));
        else
            dialog.setQuote(current, {},
                            tr("The selected words are not in v%1 as the draft has them: this comment will "
                               "be on the whole item.")
                                .arg(number));
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CommentAnchor anchor = dialog.anchor();
    const QString quote = dialog.quote();
    QString error;
    if (!add(
            {number, anchor.part, anchor.partId, dialog.text(), quote, quote.isEmpty() ? 0 : words.start, {}},
            &error))
        report(error);
}

void CommentsPane::startReply()
{
    const QString id = chosenThread();
    for (const Thread &t : std::as_const(m_threads)) {
        if (t.first.id != id)
            continue;
        CommentDialog dialog(tr("Reply on v%1").arg(t.first.version), threadText(t), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QString error;
        if (!add({0, {}, {}, dialog.text(), {}, 0, id}, &error))
            report(error);
        return;
    }
}

void CommentsPane::resolveChosen()
{
    const QString id = chosenThread();
    if (id.isEmpty())
        return;
    QString error;
    const QString actor = PreferencesDialog::userName();
    if (!m_session->call([&](Workspace &ws) { return VersionStore(ws).resolveComment(id, actor, &error); }))
        report(error);
    reload();
    choose(id);
}

void CommentsPane::report(const QString &error)
{
    QMessageBox::warning(this, tr("Comments"), error);
}

} // namespace almanac
