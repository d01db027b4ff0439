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
        return usageError(tr("bundle needs -o OUT: a folder, or a file ending in .zip"));
    if (!openWorkspace())
        return BadInput;
    BundleWriter writer(*m_workspace);
    // Progress only for a person watching: never in a log or a pipe.
    const bool terminal = isatty(fileno(stderr)) != 0;
    if (terminal) {
        writer.setProgress([this](int done, int total) {
            // Straight to the terminal: the carriage return is ours, not text to show.
            m_err.flush();
            //: progress while writing a bundle: %1 files written of %2
            const QByteArray line = tr("bundle: %1/%2 files").arg(done).arg(total).toUtf8();
            std::fprintf(stderr, "\r%s%s", line.constData(), done == total ? "\n" : "");
            std::fflush(stderr);
        });
    }
    const BundleWriter::Result result = writer.write(args, target);
    switch (result.status) {
    case BundleWriter::Status::Written:
        //: %1: the bundle written, %2: "N guide(s)", %3: "N file(s)"
        m_out << tr("wrote %1: %2, %3")
                     .arg(target, tr("%n guide(s)", nullptr, result.guides),
                          tr("%n file(s)", nullptr, result.files))
              << "\n";
        return Ok;
    case BundleWriter::Status::BadInput:
        return fail(tr("%1; no bundle was written").arg(result.error));
    case BundleWriter::Status::Cancelled:
    case BundleWriter::Status::WriteFailed:
        if (terminal)
            m_err << "\n";
        return fail(tr("%1; no bundle was written").arg(result.error));
    }
    return BadInput;
}

int CommandLine::verify(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("verify takes one BUNDLE: a folder or a .zip"));
    const BundleVerifier::Report report = BundleVerifier::verify(args.first());
    if (!report.readable)
        return fail(report.error);
    for (const BundleVerifier::Problem &p : report.problems)
        m_out << args.first() << ": " << p.path << ": " << p.kindName() << ": " << p.detail << "\n";
    if (!report.ok())
        return fail(tr("%1: %n problem(s); the bundle does not match its manifest", nullptr,
                       static_cast<int>(report.problems.size()))
                        .arg(args.first()),
                    Problems);
    m_err << tr("%1: %n file(s) match the manifest", nullptr, report.files).arg(args.first()) << "\n";
    return Ok;
}

} // namespace almanac
