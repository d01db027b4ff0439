#pragma once

#include <QList>
#include <QString>

namespace almanac {

// What an importer recognised and what it could not recover, so that the editor
// knows which parts of an imported guide to check or fill in.
struct ImportFinding
{
    enum class Severity
    {
        Info,
        Warning,
        Error // an item that could not be taken and was skipped; the rest came in
    };
    Severity severity = Severity::Info;
    QString place;   // where in the input: "line 12", "events[3].start_date"; may be empty
    QString path;    // the part of the guide it maps to: "timeline[2].date"; may be empty
    QString message; // one sentence, no trailing full stop

    QString severityName() const;
    bool operator==(const ImportFinding &) const = default;
};

class ImportReport
{
public:
    void info(const QString &place, const QString &path, const QString &message);
    void warning(const QString &place, const QString &path, const QString &message);
    // An item skipped: its place in the input and why.
    void error(const QString &place, const QString &message);
    void append(const ImportReport &other);
    // Orders findings by their "line N" place, keeping the order within a line;
    // findings without a line go last.
    void sortByLine();

    const QList<ImportFinding> &findings() const { return m_findings; }
    bool isEmpty() const { return m_findings.isEmpty(); }
    qsizetype warningCount() const;
    qsizetype errorCount() const;

    // One line per finding: "FILE: line 12: warning: message (timeline[2].date)".
    QStringList lines(const QString &fileName) const;

private:
    QList<ImportFinding> m_findings;
};

// "line N", the place string the text importers use.
QString linePlace(int line);

} // namespace almanac
