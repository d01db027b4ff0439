#include "diffview.h"

#include "diff/diffformat.h"
#include "diff/markedguide.h"
#include "preview/guardedview.h"
#include "render/pagerenderer.h"
#include "widgets/flowlayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineScript>

namespace almanac {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// One side of a word diff: the text before (with deletions) or after (with insertions).
QString side(const QList<worddiff::Op> &ops, bool before)
{
    QString out;
    for (const worddiff::Op &op : ops) {
        if (op.kind == worddiff::Op::Kind::Equal)
            out += esc(op.text);
        else if (op.kind == worddiff::Op::Kind::Delete && before)
            out += QStringLiteral("<span style=\"background:#f8cfcc\"><s>%1</s></span>").arg(esc(op.text));
        else if (op.kind == worddiff::Op::Kind::Insert && !before)
            out += QStringLiteral("<span style=\"background:#c9f0c9\">%1</span>").arg(esc(op.text));
    }
    return out;
}

QString inlineWords(const QList<worddiff::Op> &ops)
{
    QString out;
    for (const worddiff::Op &op : ops) {
        if (op.kind == worddiff::Op::Kind::Equal)
            out += esc(op.text);
        else if (op.kind == worddiff::Op::Kind::Delete)
            out += QStringLiteral("<span style=\"background:#f8cfcc\"><s>%1</s></span>").arg(esc(op.text));
        else
            out += QStringLiteral("<span style=\"background:#c9f0c9\">%1</span>").arg(esc(op.text));
    }
    return out;
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent), m_modeBox(new QComboBox(this)), m_partBox(new QComboBox(this)),
      m_prev(new QToolButton(this)), m_next(new QToolButton(this)), m_summary(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_text(new QTextBrowser(this))
{
    setAccessibleName(tr("Changes between two versions"));
    m_modeBox->addItem(tr("Side by side"));
    m_modeBox->addItem(tr("Inline"));
    m_modeBox->addItem(tr("Rendered page"));
    m_modeBox->setAccessibleName(tr("Comparison mode"));
    m_partBox->addItem(tr("All parts"), QString());
    for (const QString &part : diff::partNames())
        m_partBox->addItem(part, part);
    m_partBox->setAccessibleName(tr("Show changes in"));
    m_prev->setText(tr("Previous change"));
    m_prev->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_prev->setAccessibleName(tr("Previous change"));
    m_next->setText(tr("Next change"));
    m_next->setShortcut(QKeySequence(Qt::Key_F7));
    m_next->setAccessibleName(tr("Next change"));
    m_summary->setWordWrap(true);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Changes"));
    m_stack->addWidget(m_text);

    // The controls wrap onto a second line in a narrow pane, rather than
    // widening it (at 1024 pixels the guide's form needs the room).
    auto *bar = new QWidget(this);
    auto *flow = new FlowLayout(bar, 6);
    flow->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_modeBox), static_cast<QWidget *>(m_partBox),
                       static_cast<QWidget *>(m_prev), static_cast<QWidget *>(m_next)})
        flow->addWidget(w);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_partBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter = m_partBox->currentData().toString();
        rebuild();
    });
    connect(m_next, &QToolButton::clicked, this, &DiffView::nextChange);
    connect(m_prev, &QToolButton::clicked, this, &DiffView::previousChange);
    rebuild(); // the empty state: what to do to see changes
}

void DiffView::setComparison(const Guide &from, const Guide &to, const QString &fromLabel,
                             const QString &toLabel)
{
    m_from = from;
    m_to = to;
    m_fromLabel = fromLabel;
    m_toLabel = toLabel;
    m_diff = diff::compare(from, to);
    rebuild();
}

void DiffView::setComments(const QList<Comment> &comments)
{
    if (comments == m_comments)
        return;
    m_comments = comments;
    rebuild();
}

QString DiffView::commentsOn(const QString &part, const QString &id) const
{
    // Each thread under the change to its part: the words it is on, then its replies.
    QString html;
    for (const Comment &c : m_comments) {
        if (c.isReply() || c.part != part || (part != QLatin1String("metadata") && c.partId != id))
            continue;
        QString who = tr("%1 on v%2").arg(esc(c.author)).arg(c.version);
        if (!c.quote.isEmpty())
            who += tr(", on \u201c<i>%1</i>\u201d").arg(esc(c.quote.simplified()));
        const QString struck =
            c.resolved() ? QStringLiteral("color:#777;text-decoration:line-through") : QString();
        html += QStringLiteral(
                    "<p style=\"background:#fff3c4;margin:2px 0 2px 0;%1\">&#x1F4AC; <b>%2</b>: %3</p>")
                    .arg(struck, who, esc(c.body).replace(u'\n', QStringLiteral("<br>")));
        for (const Comment &r : m_comments) {
            if (r.replyTo == c.id)
                html += QStringLiteral("<p style=\"background:#fff8dc;margin:0 0 2px 24px;%1\">&#x21B3; "
                                       "<b>%2</b>: %3</p>")
                            .arg(struck, esc(r.author), esc(r.body).replace(u'\n', QStringLiteral("<br>")));
        }
    }
    return html;
}

void DiffView::setMode(Mode mode)
{
    m_modeBox->setCurrentIndex(static_cast<int>(mode));
}

DiffView::Mode DiffView::mode() const
{
    return static_cast<Mode>(m_modeBox->currentIndex());
}

void DiffView::setPartFilter(const QString &part)
{
    const int index = m_partBox->findData(part);
    m_partBox->setCurrentIndex(std::max(0, index));
}

QString DiffView::summaryText() const
{
    QStringList parts;
    for (const auto &[name, c] : m_diff.summary()) {
        QStringList counts;
        if (c.added)
            counts << tr("%1 added").arg(c.added);
        if (c.removed)
            counts << tr("%1 removed").arg(c.removed);
        if (c.changed)
            counts << tr("%1 changed").arg(c.changed);
        if (c.moved)
            counts << tr("%1 moved").arg(c.moved);
        parts << QStringLiteral("<b>%1</b> %2").arg(name, counts.join(QStringLiteral(", ")));
    }
    if (m_fromLabel.isEmpty() && m_toLabel.isEmpty())
        return tr("Nothing compared yet");
    const QString head = tr("%1 → %2").arg(m_fromLabel, m_toLabel);
    return parts.isEmpty() ? tr("%1: no changes").arg(head)
                           : head + QStringLiteral(": ") + parts.join(QStringLiteral(" · "));
}

QString DiffView::buildHtml(bool sideBySide)
{
    QString html = QStringLiteral("<html><body style=\"font-family:sans-serif\">");
    int n = 0;
    auto anchor = [&] { return QStringLiteral("<a name=\"change-%1\"></a>").arg(n++); };
    // Wide enough for the longest field name ("description", "container-title").
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("Container-title")) + 12;
    auto fieldRows = [&](const QList<diff::FieldChange> &fields) {
        for (const diff::FieldChange &f : fields) {
            // The field's name in a column of its own width: never wrapped letter by letter.
            QString name = f.field;
            if (!name.isEmpty())
                name[0] = name[0].toUpper();
            if (sideBySide)
                html +=
                    QStringLiteral(
                        "<tr><td valign=\"top\" nowrap width=\"%4\" style=\"color:#666\">%1</td><td "
                        "valign=\"top\" width=\"45%\">%2</td><td valign=\"top\" width=\"45%\">%3</td></tr>")
                        .arg(esc(name), side(f.words, true), side(f.words, false))
                        .arg(labelWidth);
            else
                html += QStringLiteral(
                            "<tr><td valign=\"top\" nowrap width=\"%3\" style=\"color:#666\">%1</td><td "
                            "valign=\"top\">%2</td></tr>")
                            .arg(esc(name), inlineWords(f.words))
                            .arg(labelWidth);
        }
    };
    auto tableStart = [&] {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"4\" cellpadding=\"3\">");
        if (sideBySide)
            html += QStringLiteral("<tr><th></th><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                        .arg(esc(m_fromLabel), esc(m_toLabel));
    };
    if ((m_filter.isEmpty() || m_filter == QLatin1String("metadata")) && !m_diff.metadata.isEmpty()) {
        html += anchor() + QStringLiteral("<h3>%1</h3>").arg(tr("Details"));
        tableStart();
        fieldRows(m_diff.metadata);
        html += QStringLiteral("</table>") + commentsOn(QStringLiteral("metadata"), QString());
    }
    for (const QString &part : diff::partNames()) {
        if (!m_filter.isEmpty() && m_filter != part)
            continue;
        for (const diff::ItemChange &c : m_diff.items) {
            if (c.part != part)
                continue;
            QString what;
            switch (c.kind) {
            case diff::ItemChange::Kind::Added:
                what = tr("added");
                break;
            case diff::ItemChange::Kind::Removed:
                what = tr("removed");
                break;
            case diff::ItemChange::Kind::Kept:
                what = c.fields.isEmpty() ? tr("moved from %1 to %2").arg(c.from + 1).arg(c.to + 1)
                       : c.moved          ? tr("changed, moved from %1 to %2").arg(c.from + 1).arg(c.to + 1)
                                          : tr("changed");
                break;
            }
            html +=
                anchor() +
                QStringLiteral("<h3>%1 <span style=\"font-weight:normal;color:#666\">— %2, %3</span></h3>")
                    .arg(esc(c.label.left(100)), part, what);
            if (!c.fields.isEmpty()) {
                tableStart();
                fieldRows(c.fields);
                html += QStringLiteral("</table>");
            }
            html += commentsOn(part, c.id);
        }
        for (const diff::ListChange &l : m_diff.lists) {
            if (l.part != part)
                continue;
            html += anchor() + QStringLiteral("<h3>%1</h3><p>").arg(part);
            for (const QString &s : l.added)
                html += QStringLiteral("<span style=\"background:#c9f0c9\">+ %1</span> &nbsp; ").arg(esc(s));
            for (const QString &s : l.removed)
                html += QStringLiteral("<span style=\"background:#f8cfcc\"><s>− %1</s></span> &nbsp; ")
                            .arg(esc(s));
            if (l.reordered)
                html += tr("(reordered)");
            html += QStringLiteral("</p>");
        }
    }
    // Before anything is compared, what to do; after, that nothing changed.
    if (n == 0 && m_fromLabel.isEmpty() && m_toLabel.isEmpty())
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("Choose a version in History to compare it with the draft, or Ctrl+click a second "
                        "one to compare the two."));
    else if (n == 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("No changes."));
    m_changes = n;
    return html + QStringLiteral("</body></html>");
}

void DiffView::rebuild()
{
    m_summary->setText(summaryText());
    m_current = -1;
    if (mode() == Mode::Rendered) {
        if (!m_page) {
            // The page is the guide's content: the same sandbox as the preview.
            m_page = new GuardedView(this);
            connect(m_page, &GuardedView::guideLinkActivated, this, &DiffView::guideLinkActivated);
            m_page->setAccessibleName(tr("Changes on the page"));
            m_stack->addWidget(m_page);
        }
        RenderContext context;
        context.now = QDateTime::currentDateTimeUtc();
        const QByteArray html =
            diff::markHtml(PageRenderer().render(diff::markedGuide(m_from, m_to, m_diff), context));
        m_changes = static_cast<int>(html.count("<ins class=\"diff\">") + html.count("<del class=\"diff\">"));
        m_page->loadPage(m_to.slug.isEmpty() ? QStringLiteral("guide") : m_to.slug, html);
        m_stack->setCurrentWidget(m_page);
    } else {
        m_text->setHtml(buildHtml(mode() == Mode::SideBySide));
        m_stack->setCurrentWidget(m_text);
    }
    m_prev->setEnabled(m_changes > 0);
    m_next->setEnabled(m_changes > 0);
}

void DiffView::showChange(int index)
{
    if (m_changes == 0)
        return;
    m_current = (index % m_changes + m_changes) % m_changes;
    if (mode() == Mode::Rendered) {
        m_page->page()->runJavaScript(
            QStringLiteral(
                "(function(){const m=document.querySelectorAll('ins.diff, del.diff')[%1];"
                "if(m){m.scrollIntoView({block:'center'});m.style.outline='2px solid #e0a000';}})()")
                .arg(m_current),
            QWebEngineScript::ApplicationWorld);
    } else {
        m_text->scrollToAnchor(QStringLiteral("change-%1").arg(m_current));
    }
}

void DiffView::nextChange()
{
    showChange(m_current + 1);
}

void DiffView::previousChange()
{
    showChange(m_current < 0 ? -1 : m_current - 1);
}

} // namespace almanac
