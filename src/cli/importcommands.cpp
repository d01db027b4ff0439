// The CLI's import and export: guides in (merged with what was saved since the
// revision they were exported from), CSL-JSON sources and TimelineJS timelines
// into a draft, export as Markdown or CSL-JSON, and the import report.

#include "commandline.h"
#include "io/csljson.h"
#include "io/guidefile.h"
#include "io/importer.h"
#include "io/markdownfile.h"
#include "store/guideimport.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFileInfo>

namespace almanac {

void CommandLine::printReport(const QString &fileName, const ImportReport &report)
{
    for (const QString &line : report.lines(fileName))
        m_err << line << "\n";
}

int CommandLine::importFiles(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("import takes one or more FILEs"));
    if (m_parser->isSet(QStringLiteral("into")))
        return importInto(args, m_parser->value(QStringLiteral("into")));
    if (m_parser->isSet(QStringLiteral("base")) && m_parser->isSet(QStringLiteral("replace")))
        return usageError(tr("--base and --replace exclude each other"));
    if (m_parser->isSet(QStringLiteral("base")) && args.size() != 1)
        return usageError(tr("--base goes with one FILE"));
    // A folder (a site's content/) stands for its Markdown files, in path order.
    QStringList files;
    QStringList folders;
    QStringList emptyFolders;
    for (const QString &arg : args) {
        if (!QFileInfo(arg).isDir()) {
            files << arg;
            continue;
        }
        folders << arg;
        QStringList found;
        QDirIterator it(arg, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        if (found.isEmpty())
            emptyFolders << tr("%1: a folder with no Markdown files (.md, .markdown) in it").arg(arg);
        files << found;
    }
    const bool strict = m_parser->isSet(QStringLiteral("strict"));
    // Read and check every file before anything is written: all or nothing, but for
    // a folder, where a file that cannot be read is skipped unless --strict.
    QList<guideimport::Incoming> incoming;
    QStringList problems = emptyFolders;
    QStringList skipped;
    QHash<QString, QString> fileBySlug;
    for (const QString &path : std::as_const(files)) {
        QString error;
        auto result = importer::readFile(path, &error);
        if (result && importer::needsTarget(result->format))
            error =
                tr("%1: %2 go into a guide: add --into SLUG").arg(path, importer::formatName(result->format));
        if (error.isEmpty() && fileBySlug.contains(result->guide->slug))
            error = tr("%1: slug: \"%2\" is also the slug of %3")
                        .arg(path, result->guide->slug, fileBySlug[result->guide->slug]);
        const bool inFolder = !args.contains(path);
        if (!error.isEmpty()) {
            (inFolder && !strict ? skipped : problems) << error;
            continue;
        }
        printReport(path, result->report);
        auto &g = result->guide;
        fileBySlug.insert(g->slug, path);
        incoming.append({path, *g, result->revision});
    }
    for (const QString &p : std::as_const(skipped))
        m_err << "almanac: " << tr("%1; skipped").arg(p) << "\n";
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            m_err << "almanac: " << p << "\n";
        return fail(tr("nothing was imported"));
    }
    if (!openWorkspace())
        return BadInput;
    guideimport::Options options;
    options.replace = m_parser->isSet(QStringLiteral("replace"));
    options.basePath = m_parser->value(QStringLiteral("base"));
    if (!options.basePath.isEmpty()) {
        QString error;
        options.base = guidefile::readFile(options.basePath, &error);
        if (!options.base)
            return fail(tr("%1; nothing was imported").arg(error));
    }
    const guideimport::Outcome outcome = guideimport::run(*m_workspace, incoming, options, author());
    if (!outcome.problems.isEmpty()) {
        for (const QString &p : outcome.problems)
            m_err << "almanac: " << p << "\n";
        return fail(tr("nothing was imported"), outcome.conflicts ? Problems : BadInput);
    }
    for (const guideimport::Plan &plan : outcome.plans)
        //: the guide's file holds nothing new: "unchanged SLUG"
        m_out << (plan.verb.isEmpty() ? tr("unchanged") : plan.verb) << " " << plan.write.guide.slug << "\n";
    if (!folders.isEmpty())
        //: %1: the folders, %2: "N guide(s) imported", %3: how many files were skipped
        m_out << tr("read %n Markdown file(s) from %1: %2, %3 skipped", nullptr,
                    static_cast<int>(files.size()))
                     .arg(folders.join(QStringLiteral(", ")),
                          tr("%n guide(s) imported", nullptr, static_cast<int>(outcome.plans.size())),
                          QString::number(skipped.size()))
              << "\n";
    return skipped.isEmpty() ? Ok : Problems;
}

int CommandLine::importInto(const QStringList &files, const QString &slug)
{
    if (files.isEmpty())
        return usageError(tr("import --into takes one or more FILEs"));
    if (!openWorkspace())
        return BadInput;
    if (!m_workspace->guide(slug))
        return fail(
            tr("%1: no guide with the slug \"%2\"; nothing was imported").arg(m_workspace->path(), slug));
    // Read every file first; the draft is saved once, with all of them or none.
    QList<std::pair<QString, importer::Result>> results;
    QStringList problems;
    for (const QString &path : files) {
        QString error;
        auto result = importer::readFile(path, &error);
        if (result && !importer::needsTarget(result->format))
            error = tr("%1: %2 is a whole guide, not something to merge into one; import it without --into")
                        .arg(path, importer::formatName(result->format));
        if (!error.isEmpty())
            problems << error;
        else
            results.append({path, *result});
    }
    // --strict: an item skipped in any file refuses them all.
    qsizetype skipped = 0;
    for (const auto &[path, result] : std::as_const(results))
        skipped += result.report.errorCount();
    if (skipped && m_parser->isSet(QStringLiteral("strict"))) {
        for (const auto &[path, result] : std::as_const(results)) {
            for (const ImportFinding &f : result.report.findings()) {
                if (f.severity == ImportFinding::Severity::Error)
                    problems << QStringLiteral("%1: %2: %3").arg(path, f.place, f.message);
            }
        }
    }
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            m_err << "almanac: " << p << "\n";
        return fail(skipped && m_parser->isSet(QStringLiteral("strict"))
                        ? tr("nothing was imported (--strict: %n item(s) could not be taken)", nullptr,
                             static_cast<int>(skipped))
                        : tr("nothing was imported"));
    }
    // Add to the draft as stored now; if another program saves in between,
    // add to what it saved instead (compare and set, then try again).
    for (int attempt = 0; attempt < 20; ++attempt) {
        auto current = m_workspace->draft(slug);
        if (!current)
            return fail(
                tr("%1: no guide with the slug \"%2\"; nothing was imported").arg(m_workspace->path(), slug));
        QList<ImportReport> reports;
        for (auto [path, result] : results) {
            importer::mergeInto(current->guide, result);
            reports << result.report;
        }
        current->guide.updated = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        const SaveResult r = m_workspace->saveDraft(current->guide, current->revision, author());
        if (r.status == SaveResult::Status::Stale)
            continue;
        if (!r.ok())
            return fail(tr("%1; nothing was imported").arg(r.error));
        for (qsizetype i = 0; i < results.size(); ++i)
            printReport(results[i].first, reports[i]);
        m_out << tr("merged %n file(s) into %1", nullptr, static_cast<int>(files.size())).arg(slug) << "\n";
        if (skipped) {
            m_err
                << "almanac: "
                << tr("%n item(s) could not be taken and were skipped (see the errors above); the rest were "
                      "imported",
                      nullptr, static_cast<int>(skipped))
                << "\n";
            return Problems;
        }
        return Ok;
    }
    return fail(tr("other programs kept saving \"%1\"; nothing was imported, try again").arg(slug));
}

bool CommandLine::exportBytes(const Guide &guide, qint64 revision, QByteArray *bytes)
{
    const QString format = m_parser->isSet(QStringLiteral("format"))
                               ? m_parser->value(QStringLiteral("format"))
                               : QStringLiteral("json");
    if (format == QLatin1String("json"))
        *bytes = guidefile::write(guide, revision);
    else if (format == QLatin1String("markdown") || format == QLatin1String("md"))
        *bytes = markdownfile::write(guide);
    else if (format == QLatin1String("csl"))
        *bytes = csljson::write(guide);
    else
        return usageError(tr("export --format takes json, markdown or csl, not \"%1\"").arg(format)), false;
    return true;
}

} // namespace almanac
