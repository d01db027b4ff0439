#include "importreport.h"

#include "messages.h"

#include <algorithm>
#include <limits>

namespace almanac {

QString ImportFinding::severityName() const
{
    switch (severity) {
    case Severity::Info:
        break;
    case Severity::Warning:
        //: The kind of an import finding, as in "guide.md: line 3: warning: ..."
        return ImportText::tr("warning");
    case Severity::Error:
        //: The kind of an import finding, as in "guide.md: line 3: error: ..."
        return ImportText::tr("error");
    }
    //: The kind of an import finding, as in "guide.md: line 3: info: ..."
    return ImportText::tr("info");
}

void ImportReport::info(const QString &place, const QString &path, const QString &message)
{
    m_findings.append({ImportFinding::Severity::Info, place, path, message});
}

void ImportReport::warning(const QString &place, const QString &path, const QString &message)
{
    m_findings.append({ImportFinding::Severity::Warning, place, path, message});
}

void ImportReport::error(const QString &place, const QString &message)
{
    m_findings.append({ImportFinding::Severity::Error, place, {}, message});
}

void ImportReport::append(const ImportReport &other)
{
    m_findings.append(other.m_findings);
}

void ImportReport::sortByLine()
{
    auto lineOf = [](const ImportFinding &f) {
        bool ok = false;
        const int n = f.place.startsWith(QLatin1String("line ")) ? f.place.mid(5).toInt(&ok) : 0;
        return ok ? n : std::numeric_limits<int>::max();
    };
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [&](const ImportFinding &a, const ImportFinding &b) { return lineOf(a) < lineOf(b); });
}

qsizetype ImportReport::warningCount() const
{
    return std::count_if(m_findings.cbegin(), m_findings.cend(), [](const ImportFinding &f) {
        return f.severity == ImportFinding::Severity::Warning;
    });
}

qsizetype ImportReport::errorCount() const
{
    return std::count_if(m_findings.cbegin(), m_findings.cend(),
                         [](const ImportFinding &f) { return f.severity == ImportFinding::Severity::Error; });
}

QStringList ImportReport::lines(const QString &fileName) const
{
    QStringList out;
    for (const ImportFinding &f : m_findings) {
        QString line = fileName + QStringLiteral(": ");
        if (!f.place.isEmpty())
            line += f.place + QStringLiteral(": ");
        line += f.severityName() + QStringLiteral(": ") + f.message;
        if (!f.path.isEmpty())
            line += QStringLiteral(" (") + f.path + u')';
        out << line;
    }
    return out;
}

QString linePlace(int line)
{
    return QStringLiteral("line %1").arg(line);
}

} // namespace almanac
