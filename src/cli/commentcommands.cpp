// The CLI's review comments: comment on a part of a version or on words of
// its text, answer a comment, list a guide's comment threads, resolve one. The
// same comments the workstation's History and editor margin show.

#include "commandline.h"
#include "diff/passage.h"
#include "guide/items.h"
#include "store/versionstore.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace almanac {

namespace {

// The part and item id a JSON path of the version names: "metadata" (the
// guide's own fields), or "sections[2]", "takeaways[0]", "timeline[1]",
// "faq[3]", "sources[0]"; an empty part when there is no such item.
std::pair<QString, QString> anchorOf(const Guide &g, const QString &path, QString *why)
{
    if (path.isEmpty() || path == u"metadata")
        return {QStringLiteral("metadata"), g.id};
    static const QRegularExpression item(
        QStringLiteral("^(takeaways|sections|timeline|faq|sources)\\[(\\d{1,6})\\]$"));
    const auto m = item.match(path);
    if (!m.hasMatch()) {
        *why = CommandLine::tr("--on takes metadata or an item of the version as takeaways[i], sections[i], "
                               "timeline[i], faq[i] or sources[i] (from 0), not \"%1\"")
                   .arg(path);
        return {};
    }
    const QString id = items::idAt(g, m.captured(1), m.captured(2).toLongLong());
    if (id.isEmpty()) {
        *why = CommandLine::tr("%1: the version has no such item").arg(path);
        return {};
    }
    return {m.captured(1), id};
}

QString oneLine(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ');
}

} // namespace

int CommandLine::comment(const QStringList &args)
{
    const bool reply = m_parser->isSet(QStringLiteral("reply"));
    if (reply ? args.size() != 1 || m_parser->isSet(QStringLiteral("on")) ||
                    m_parser->isSet(QStringLiteral("quote"))
              : args.size() != 2 || VersionStore::parseLabel(args[1]) == 0)
        return usageError(tr("comment takes SLUG vN [--on PART] [--quote WORDS] -m TEXT, or SLUG "
                             "--reply ID -m TEXT"));
    const QString body = m_parser->value(QStringLiteral("message")).trimmed();
    if (body.isEmpty())
        return usageError(tr("comment needs -m TEXT, the comment"));
    if (!openWorkspace())
        return BadInput;
    QString error;
    VersionStore store(*m_workspace);
    CommentRequest request;
    request.body = body;
    if (reply) {
        request.replyTo = m_parser->value(QStringLiteral("reply"));
    } else {
        request.version = VersionStore::parseLabel(args[1]);
        const auto g = store.content(args[0], request.version, &error);
        if (!g)
            return fail(error);
        std::tie(request.part, request.partId) = anchorOf(*g, m_parser->value(QStringLiteral("on")), &error);
        if (request.part.isEmpty())
            return usageError(error);
        // The quoted words must say which place of the text they are.
        request.quote = m_parser->value(QStringLiteral("quote"));
        if (!request.quote.isEmpty()) {
            const QString text = items::text(*g, request.part, request.partId).value_or(QString());
            request.quoteStart = text.indexOf(request.quote);
            if (request.quoteStart < 0 || text.indexOf(request.quote, request.quoteStart + 1) >= 0)
                return usageError(
                    (request.quoteStart < 0
                         //: %1: a field (body, tldr...), %2: a part (sections[0]...), %3: vN, %4: the words
                         ? tr("--quote: the %1 of %2 in %3 does not have \"%4\"; quote words that occur once")
                         //: %1: a field (body, tldr...), %2: a part (sections[0]...), %3: vN, %4: the words
                         : tr("--quote: the %1 of %2 in %3 has more than once \"%4\"; quote words that occur "
                              "once"))
                        .arg(items::textField(request.part),
                             m_parser->value(QStringLiteral("on")).isEmpty()
                                 ? QStringLiteral("metadata")
                                 : m_parser->value(QStringLiteral("on")),
                             args[1], request.quote));
        }
    }
    const auto c = store.addComment(args[0], request, author(), &error);
    if (!c)
        return fail(error, Problems);
    m_out << c->id << "\n";
    return Ok;
}

int CommandLine::comments(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("comments takes one SLUG [--resolve ID]"));
    if (!openWorkspace())
        return BadInput;
    QString error;
    VersionStore store(*m_workspace);
    const QList<Comment> list = store.comments(args[0], &error);
    if (!error.isEmpty())
        return fail(error);
    if (m_parser->isSet(QStringLiteral("resolve"))) {
        const QString id = m_parser->value(QStringLiteral("resolve"));
        if (std::none_of(list.begin(), list.end(), [&](const Comment &c) { return c.id == id; }))
            return fail(tr("%1 has no comment %2").arg(args[0], id));
        if (!store.resolveComment(id, author(), &error))
            return fail(error, Problems);
        m_out << id << " resolved\n";
        return Ok;
    }
    // Where each quoted passage is in the draft now.
    const std::optional<Guide> draft = m_workspace->guide(args[0]);
    QHash<int, std::optional<Guide>> versions;
    auto inDraft = [&](const Comment &c) -> QString {
        if (!versions.contains(c.version))
            versions.insert(c.version, store.content(args[0], c.version, nullptr));
        const auto &v = versions[c.version];
        const auto now = draft ? items::text(*draft, c.part, c.partId) : std::nullopt;
        const auto then = v ? items::text(*v, c.part, c.partId) : std::nullopt;
        if (!then)
            return {};
        if (!now)
            return QStringLiteral(" (the item is gone from the draft)");
        switch (passage::follow(*then, c.quoteStart, c.quote.size(), *now).fate) {
        case passage::Fate::Kept:
            return {};
        case passage::Fate::Changed:
            return QStringLiteral(" (changed in the draft)");
        case passage::Fate::Gone:
            return QStringLiteral(" (gone from the draft)");
        }
        return {};
    };
    // Each thread's first comment, then its replies.
    QList<Comment> ordered;
    for (const Comment &c : list) {
        if (c.isReply())
            continue;
        ordered << c;
        for (const Comment &r : list) {
            if (r.replyTo == c.id)
                ordered << r;
        }
    }
    // One line each: id, version, anchor and quote, who and when, state, text on one line.
    for (const Comment &c : std::as_const(ordered)) {
        QString anchor = c.part + (c.part == u"metadata" ? QString() : u'/' + c.partId);
        if (!c.quote.isEmpty() && !c.isReply())
            anchor += QStringLiteral(" \"%1\"").arg(oneLine(c.quote)) + inDraft(c);
        const QString state = c.isReply()    ? QStringLiteral("reply to ") + c.replyTo
                              : c.resolved() ? QStringLiteral("resolved by ") + c.resolvedBy
                                             : QStringLiteral("open");
        m_out << c.id << "\tv" << c.version << '\t' << anchor << '\t' << c.author << '\t'
              << c.created.toString(Qt::ISODate) << '\t' << state << '\t' << oneLine(c.body) << "\n";
    }
    return Ok;
}

} // namespace almanac
