// The CLI's import and export of other formats: merging CSL-JSON sources and
// TimelineJS timelines into a draft, export as Markdown or CSL-JSON, and the
// import report.

#include "commandline.h"
#include "io/csljson.h"
#include "io/guidefile.h"
#include "io/importer.h"
#include "io/markdownfile.h"
#include "store/workspace.h"

#include <QCommandLineParser>

namespace almanac {

void CommandLine::printReport(const QString &fileName, const ImportReport &report)
{
    for (const QString &line : report.lines(fileName))
        m_err << line << "\n";
}

int CommandLine::importInto(const QStringList &files, const QString &slug)
{
    if (files.isEmpty())
        return usageError(QStringLiteral("import --into takes one or more FILEs"));
    if (!openWorkspace())
        return BadInput;
    auto target = m_workspace->guide(slug);
    if (!target)
        return fail(QStringLiteral("%1: no guide with the slug \"%2\"; nothing was imported")
                        .arg(m_workspace->path(), slug));
    // Read every file first; the draft is saved once, with all of them or none.
    QList<std::pair<QString, importer::Result>> results;
    QStringList problems;
    for (const QString &path : files) {
        QString error;
        auto result = importer::readFile(path, &error);
        if (result && !importer::needsTarget(result->format))
            error = QStringLiteral(
                        "%1: %2 is a whole guide, not something to merge into one; import it without --into")
                        .arg(path, importer::formatName(result->format));
        if (!error.isEmpty())
            problems << error;
        else
            results.append({path, *result});
    }
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            m_err << "almanac: " << p << "\n";
        return fail(QStringLiteral("nothing was imported"));
    }
    for (auto &[path, result] : results) {
        importer::mergeInto(*target, result);
        printReport(path, result.report);
    }
    target->updated = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    QString error;
    if (!m_workspace->saveGuide(*target, &error))
        return fail(error + QStringLiteral("; nothing was imported"));
    m_out << "merged " << files.size() << " file(s) into " << slug << "\n";
    return Ok;
}

bool CommandLine::exportBytes(const Guide &guide, QByteArray *bytes)
{
    const QString format = m_parser->isSet(QStringLiteral("format"))
                               ? m_parser->value(QStringLiteral("format"))
                               : QStringLiteral("json");
    if (format == QLatin1String("json"))
        *bytes = guidefile::write(guide);
    else if (format == QLatin1String("markdown") || format == QLatin1String("md"))
        *bytes = markdownfile::write(guide);
    else if (format == QLatin1String("csl"))
        *bytes = csljson::write(guide);
    else
        return usageError(
                   QStringLiteral("export --format takes json, markdown or csl, not \"%1\"").arg(format)),
               false;
    return true;
}

} // namespace almanac
