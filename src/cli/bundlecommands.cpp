// The CLI's publishing commands: bundle and verify.

#include "commandline.h"
#include "publish/bundleverifier.h"
#include "publish/bundlewriter.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <cstdio>
#include <unistd.h>

namespace almanac {

int CommandLine::bundle(const QStringList &args)
{
    const QString target = m_parser->value(QStringLiteral("output"));
    if (target.isEmpty() || target == QLatin1String("-"))
        return usageError(QStringLiteral("bundle needs -o OUT: a folder, or a file ending in .zip"));
    if (!openWorkspace())
        return BadInput;
    BundleWriter writer(*m_workspace);
    // Progress only for a person watching: never in a log or a pipe.
    const bool terminal = isatty(fileno(stderr)) != 0;
    if (terminal) {
        writer.setProgress([this](int done, int total) {
            // Straight to the terminal: the carriage return is ours, not text to show.
            m_err.flush();
            std::fprintf(stderr, "\rbundle: %d/%d files%s", done, total, done == total ? "\n" : "");
            std::fflush(stderr);
        });
    }
    const BundleWriter::Result result = writer.write(args, target);
    switch (result.status) {
    case BundleWriter::Status::Written:
        m_out << "wrote " << target << ": " << result.guides << " guide(s), " << result.files << " file(s)\n";
        return Ok;
    case BundleWriter::Status::BadInput:
        return fail(result.error + QStringLiteral("; no bundle was written"));
    case BundleWriter::Status::Cancelled:
    case BundleWriter::Status::WriteFailed:
        if (terminal)
            m_err << "\n";
        return fail(result.error + QStringLiteral("; no bundle was written"));
    }
    return BadInput;
}

int CommandLine::verify(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(QStringLiteral("verify takes one BUNDLE: a folder or a .zip"));
    const BundleVerifier::Report report = BundleVerifier::verify(args.first());
    if (!report.readable)
        return fail(report.error);
    for (const BundleVerifier::Problem &p : report.problems)
        m_out << args.first() << ": " << p.path << ": " << p.kindName() << ": " << p.detail << "\n";
    if (!report.ok())
        return fail(QStringLiteral("%1: %2 problem(s); the bundle does not match its manifest")
                        .arg(args.first())
                        .arg(report.problems.size()),
                    Problems);
    m_err << args.first() << ": " << report.files << " file(s) match the manifest\n";
    return Ok;
}

} // namespace almanac
