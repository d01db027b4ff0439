#pragma once

#include "terminaloutput.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

class QCommandLineParser;

namespace almanac {

class Workspace;
class ImportReport;
struct Guide;

// The `almanac` command: the workstation's jobs, headless. Exit status 0 on
// success, 1 when the command ran and found problems, 2 on bad usage or input
// that could not be read.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(almanac::CommandLine)

public:
    enum Exit
    {
        Ok = 0,
        Problems = 1,
        BadInput = 2
    };

    CommandLine();
    ~CommandLine();
    int run(const QStringList &arguments);

private:
    int init(const QStringList &args);
    int exportGuide(const QStringList &args);
    int list(const QStringList &args);
    int search(const QStringList &args);
    int lint(const QStringList &args);
    int render(const QStringList &args);
    // versioncommands.cpp
    int snapshot(const QStringList &args);
    int versions(const QStringList &args);
    int diff(const QStringList &args);
    int review(const QStringList &args);
    int publish(const QStringList &args);
    QString author() const;
    // commentcommands.cpp
    int comment(const QStringList &args);
    int comments(const QStringList &args);
    // importcommands.cpp
    int importFiles(const QStringList &args);
    int importInto(const QStringList &files, const QString &slug);
    bool exportBytes(const Guide &guide, qint64 revision, QByteArray *bytes);
    void printReport(const QString &fileName, const ImportReport &report);
    // bundlecommands.cpp
    int bundle(const QStringList &args);
    int verify(const QStringList &args);
    // mergecommand.cpp
    int mergeGuides(const QStringList &args);
    // maintenancecommands.cpp
    int check(const QStringList &args);
    int backup(const QStringList &args);
    // teamcommands.cpp
    int team(const QStringList &args);

    bool openWorkspace();
    bool writeOutput(const QByteArray &data);
    int usageError(const QString &message);
    int fail(const QString &message, int code = BadInput);

    std::unique_ptr<QCommandLineParser> m_parser;
    std::unique_ptr<Workspace> m_workspace;
    QString m_command;                  // the command being run
    TerminalOutput m_outDevice{stdout}; // before the streams that write to them
    TerminalOutput m_errDevice{stderr};
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace almanac
