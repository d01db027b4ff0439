// The CLI's review comments: comment on a part of a version, list a guide's
// comments, resolve one. The same comments the workstation's History shows.

#include "commandline.h"
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
        *why = QStringLiteral("--on takes metadata or an item of the version as takeaways[i], sections[i], "
                              "timeline[i], faq[i] or sources[i] (from 0), not \"%1\"")
                   .arg(path);
        return {};
    }
    const QString part = m.captured(1);
    const qsizetype i = m.captured(2).toLongLong();
    auto idAt = [&](const auto &list) { return i < list.size() ? list[i].id : QString(); };
    QString id;
    if (part == u"takeaways")
        id = idAt(g.takeaways);
    else if (part == u"sections")
        id = idAt(g.sections);
    else if (part == u"timeline")
        id = idAt(g.timeline);
    else if (part == u"faq")
        id = idAt(g.faq);
    else
        id = idAt(g.sources);
    if (id.isEmpty()) {
        *why = QStringLiteral("%1: the version has no such item").arg(path);
        return {};
    }
    return {part, id};
}

} // namespace

int CommandLine::comment(const QStringList &args)
{
    if (args.size() != 2 || VersionStore::parseLabel(args[1]) == 0)
        return usageError(QStringLiteral("comment takes SLUG vN [--on PART] -m TEXT"));
    const QString body = m_parser->value(QStringLiteral("message")).trimmed();
    if (body.isEmpty())
        return usageError(QStringLiteral("comment needs -m TEXT, the comment"));
    if (!openWorkspace())
        return BadInput;
    QString error;
    VersionStore store(*m_workspace);
    const int n = VersionStore::parseLabel(args[1]);
    const auto g = store.content(args[0], n, &error);
    if (!g)
        return fail(error);
    const auto [part, id] = anchorOf(*g, m_parser->value(QStringLiteral("on")), &error);
    if (part.isEmpty())
        return usageError(error);
    const auto c = store.addComment(args[0], n, part, id, author(), body, &error);
    if (!c)
        return fail(error, Problems);
    m_out << c->id << "\n";
    return Ok;
}

int CommandLine::comments(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(QStringLiteral("comments takes one SLUG [--resolve ID]"));
    if (!openWorkspace())
        return BadInput;
    QString error;
    VersionStore store(*m_workspace);
    if (m_parser->isSet(QStringLiteral("resolve"))) {
        const QString id = m_parser->value(QStringLiteral("resolve"));
        bool found = false;
        for (const Comment &c : store.comments(args[0], &error))
            found = found || c.id == id;
        if (!error.isEmpty())
            return fail(error);
        if (!found)
            return fail(QStringLiteral("%1 has no comment %2").arg(args[0], id));
        if (!store.resolveComment(id, author(), &error))
            return fail(error, Problems);
        m_out << id << " resolved\n";
        return Ok;
    }
    const QList<Comment> list = store.comments(args[0], &error);
    if (!error.isEmpty())
        return fail(error);
    // One line each: id, version, anchor, who and when, state, text on one line.
    for (const Comment &c : list) {
        m_out << c.id << "\tv" << c.version << '\t' << c.part
              << (c.part == u"metadata" ? QString() : u'/' + c.partId) << '\t' << c.author << '\t'
              << c.created.toString(Qt::ISODate) << '\t'
              << (c.resolved() ? QStringLiteral("resolved by ") + c.resolvedBy : QStringLiteral("open"))
              << '\t' << QString(c.body).replace(u'\n', u' ') << "\n";
    }
    return Ok;
}

} // namespace almanac
