// The CLI's version and review commands: snapshot, versions, diff, review, publish.

#include "commandline.h"
#include "diff/diffformat.h"
#include "guide/author.h"
#include "guide/lint.h"
#include "store/versionstore.h"
#include "store/workspace.h"

#include <QCommandLineParser>

namespace almanac {

QString CommandLine::author() const
{
    QString name = m_parser->value(QStringLiteral("author"));
    return name.isEmpty() ? author::systemUser() : name;
}

int CommandLine::snapshot(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("snapshot takes one SLUG"));
    if (!m_parser->isSet(QStringLiteral("message")))
        return usageError(tr("snapshot needs -m NOTE saying what the version is"));
    if (!openWorkspace())
        return BadInput;
    QString error;
    const auto v = VersionStore(*m_workspace)
                       .snapshot(args.first(), author(), m_parser->value(QStringLiteral("message")), &error);
    if (!v)
        return fail(error);
    m_out << args.first() << ' ' << v->label() << ' ' << v->sha256 << "\n";
    return Ok;
}

int CommandLine::versions(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("versions takes one SLUG"));
    if (!openWorkspace())
        return BadInput;
    QString error;
    VersionStore store(*m_workspace);
    const QList<VersionInfo> list = store.versions(args.first(), &error);
    if (!error.isEmpty())
        return fail(error);
    const QList<VersionEvent> events = store.history(args.first(), &error);
    for (const VersionInfo &v : list) {
        m_out << v.label() << '\t' << v.state << (v.live ? QStringLiteral(" (live)") : QString()) << '\t'
              << v.created.toString(Qt::ISODate) << '\t' << v.author << '\t' << v.note << "\n";
        for (const VersionEvent &e : events) {
            if (e.number == v.number && e.action != QLatin1String("snapshot"))
                m_out << "    " << e.at.toString(Qt::ISODate) << ' ' << e.action << " by " << e.actor
                      << (e.note.isEmpty() ? QString() : QStringLiteral(": ") + e.note) << "\n";
        }
    }
    return Ok;
}

int CommandLine::diff(const QStringList &args)
{
    if (args.size() < 2 || args.size() > 3)
        return usageError(tr("diff takes SLUG FROM [TO], where FROM and TO are vN or draft"));
    const QString format = m_parser->value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("html") && format != QLatin1String("json"))
        return usageError(tr("--format takes text, html or json, not \"%1\"").arg(format));
    const QString slug = args[0];
    const QString fromLabel = args[1];
    const QString toLabel = args.value(2, QStringLiteral("draft"));
    for (const QString &label : {fromLabel, toLabel}) {
        if (label != QLatin1String("draft") && VersionStore::parseLabel(label) == 0)
            return usageError(tr("\"%1\" is not a version: use vN or draft").arg(label));
    }
    if (!openWorkspace())
        return BadInput;
    VersionStore store(*m_workspace);
    auto load = [&](const QString &label, QString *error) -> std::optional<Guide> {
        if (label == QLatin1String("draft")) {
            auto g = m_workspace->guide(slug);
            if (!g && error)
                *error = tr("%1: no guide with the slug \"%2\"").arg(m_workspace->path(), slug);
            return g;
        }
        return store.content(slug, VersionStore::parseLabel(label), error);
    };
    QString error;
    const auto from = load(fromLabel, &error);
    if (!from)
        return fail(error);
    const auto to = load(toLabel, &error);
    if (!to)
        return fail(error);
    const diff::GuideDiff d = diff::compare(*from, *to);
    const diff::DiffLabels labels{slug, fromLabel, toLabel};
    QByteArray out;
    if (format == QLatin1String("json"))
        out = diff::toJson(d, labels);
    else if (format == QLatin1String("html"))
        out = diff::toHtml(d, labels);
    else
        out = diff::toText(d, labels).toUtf8();
    if (!writeOutput(out))
        return BadInput;
    return m_parser->isSet(QStringLiteral("exit-code")) && !d.isEmpty() ? Problems : Ok;
}

int CommandLine::review(const QStringList &args)
{
    if (args.size() != 2 || VersionStore::parseLabel(args[1]) == 0)
        return usageError(tr("review takes SLUG vN and one of --submit, --approve, --request-changes"));
    QList<VersionStore::Action> actions;
    if (m_parser->isSet(QStringLiteral("submit")))
        actions << VersionStore::Action::Submit;
    if (m_parser->isSet(QStringLiteral("approve")))
        actions << VersionStore::Action::Approve;
    if (m_parser->isSet(QStringLiteral("request-changes")))
        actions << VersionStore::Action::RequestChanges;
    if (actions.size() != 1)
        return usageError(tr("review takes exactly one of --submit, --approve, --request-changes"));
    if (!openWorkspace())
        return BadInput;
    QString error;
    const int n = VersionStore::parseLabel(args[1]);
    VersionStore store(*m_workspace);
    // A guide or version that is not there is bad input (2), as for diff and
    // publish; a step the workflow refuses is a problem found (1).
    if (!store.version(args[0], n, &error))
        return fail(error);
    if (!store.apply(args[0], n, actions.first(), author(), m_parser->value(QStringLiteral("message")),
                     &error))
        return fail(error, Problems);
    m_out << args[0] << ' ' << args[1] << ' ' << VersionStore::actionName(actions.first()) << "\n";
    return Ok;
}

int CommandLine::publish(const QStringList &args)
{
    if (args.size() != 2 || VersionStore::parseLabel(args[1]) == 0)
        return usageError(tr("publish takes SLUG vN"));
    if (!openWorkspace())
        return BadInput;
    QString error;
    VersionStore store(*m_workspace);
    const int n = VersionStore::parseLabel(args[1]);
    // Lint first: errors block publishing, warnings need --yes.
    const auto check = store.checkPublish(args[0], n, &error);
    if (!check)
        return fail(error);
    for (const Finding &f : check->findings)
        m_err << args[0] << ' ' << args[1] << ": " << f.place << ": " << f.severityName() << ": " << f.message
              << "\n";
    if (check->blocked())
        return fail(tr("%1 %2 has lint errors; it was not published").arg(args[0], args[1]), Problems);
    if (check->needsConfirmation() && !m_parser->isSet(QStringLiteral("yes")))
        return fail(tr("%1 %2 has %n lint warning(s); publish again with --yes to accept them", nullptr,
                       static_cast<int>(check->findings.size()))
                        .arg(args[0], args[1]),
                    Problems);
    if (!store.apply(args[0], n, VersionStore::Action::Publish, author(), QString(), &error))
        return fail(error, Problems);
    m_out << tr("%1 %2 published; it is now live").arg(args[0], args[1]) << "\n";
    return Ok;
}

} // namespace almanac
