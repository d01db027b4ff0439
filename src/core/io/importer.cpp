#include "importer.h"

#include "guide/validate.h"
#include "io/csljson.h"
#include "io/guidefile.h"
#include "io/markdownfile.h"
#include "io/pagetext.h"
#include "io/textinput.h"
#include "io/timelinejs.h"
#include "messages.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace almanac::importer {

namespace {

// The first non-space byte after an optional byte order mark.
char firstByte(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    for (const char c : data) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return c;
    }
    return 0;
}

} // namespace

QString formatName(Format format)
{
    switch (format) {
    case Format::GuideFile:
        return QStringLiteral("almanac-guide/1 JSON");
    case Format::Markdown:
        return ImportText::tr("Markdown with front matter");
    case Format::PageText:
        return ImportText::tr("page text");
    case Format::CslJson:
        return ImportText::tr("CSL-JSON sources");
    case Format::TimelineJs:
        return ImportText::tr("TimelineJS timeline");
    }
    return {};
}

bool needsTarget(Format format)
{
    return format == Format::CslJson || format == Format::TimelineJs;
}

std::optional<Format> detect(const QByteArray &data, const QString &fileName, QString *error)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const char first = firstByte(data);
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return Format::PageText;
    if (suffix == QLatin1String("json") || first == '{' || first == '[') {
        // Look at the top-level shape; the chosen reader reports any syntax error.
        if (first == '[')
            return Format::CslJson;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            const QByteArrayView head = QByteArrayView(data).first(std::min<qsizetype>(data.size(), 1 << 20));
            return head.contains("\"events\"") && !head.contains("\"almanac-guide/") ? Format::TimelineJs
                                                                                     : Format::GuideFile;
        }
        const QJsonObject o = doc.object();
        if (o.contains(QLatin1String("format")))
            return Format::GuideFile;
        if (o.contains(QLatin1String("events")) || o.value(QLatin1String("timeline")).isObject())
            return Format::TimelineJs;
        if (csljson::looksLikeCslItem(o))
            return Format::CslJson;
        if (error) {
            QStringList keys = o.keys();
            const bool more = keys.size() > 8;
            keys = keys.mid(0, 8);
            *error =
                ImportText::tr("%1: a JSON object with keys %2%3, which is neither an almanac-guide/1 file "
                               "(\"format\"), a TimelineJS timeline (\"events\", or \"timeline\" in "
                               "TimelineJS 2) nor a CSL item (type, title, author, DOI, …)")
                    .arg(fileName,
                         keys.isEmpty() ? ImportText::tr("(none)") : keys.join(QStringLiteral(", ")),
                         more ? QStringLiteral(", …") : QString());
        }
        return std::nullopt;
    }
    if (QByteArrayView(data).sliced(data.startsWith("\xEF\xBB\xBF") ? 3 : 0).startsWith("---"))
        return Format::Markdown;
    if (suffix.isEmpty() || first != 0)
        return Format::PageText;
    if (error)
        *error = ImportText::tr("%1: the file is empty; expected a guide (.json, .md, .txt), CSL-JSON "
                                "sources or a TimelineJS timeline")
                     .arg(fileName);
    return std::nullopt;
}

std::optional<Result> read(const QByteArray &data, const QString &fileName, QString *error)
{
    const auto format = detect(data, fileName, error);
    if (!format)
        return std::nullopt;
    Result r;
    r.format = *format;
    switch (*format) {
    case Format::GuideFile:
        r.guide = guidefile::read(data, fileName, error, &r.revision);
        if (!r.guide)
            return std::nullopt;
        break;
    case Format::Markdown:
        r.guide = markdownfile::read(data, fileName, &r.report, error);
        if (!r.guide)
            return std::nullopt;
        break;
    case Format::PageText:
        r.guide = pagetext::read(data, fileName, &r.report, error);
        if (!r.guide)
            return std::nullopt;
        break;
    case Format::CslJson: {
        auto sources = csljson::read(data, fileName, &r.report, error);
        if (!sources)
            return std::nullopt;
        r.sources = *sources;
        break;
    }
    case Format::TimelineJs: {
        auto entries = timelinejs::read(data, fileName, &r.report, error, &r.timelineExtras);
        if (!entries)
            return std::nullopt;
        r.timeline = *entries;
        break;
    }
    }
    // Every importer's result meets the guide's one set of rules (guide/validate.h):
    // what a version reader would refuse is refused here, with the file and the place.
    const auto invalid = r.guide                       ? guide::validate(*r.guide)
                         : r.format == Format::CslJson ? guide::validate(r.sources)
                                                       : guide::validate(r.timeline);
    if (invalid) {
        if (error)
            *error = fileName + QStringLiteral(": ") + invalid->toString();
        return std::nullopt;
    }
    return r;
}

std::optional<Result> readFile(const QString &path, QString *error)
{
    const auto data = textinput::readFile(path, error);
    if (!data)
        return std::nullopt;
    return read(*data, path, error);
}

void mergeInto(Guide &target, Result &result)
{
    if (result.format == Format::CslJson)
        csljson::mergeInto(target, result.sources, &result.report);
    else if (result.format == Format::TimelineJs) {
        timelinejs::mergeInto(target, result.timeline, &result.report);
        timelinejs::mergeExtras(target, result.timelineExtras, &result.report);
    }
}

} // namespace almanac::importer
