// The CLI's merge command: the three-way merge of guide files, as the
// workstation does it when another writer saved first.

#include "commandline.h"
#include "io/guidefile.h"
#include "merge/guidemerge.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace almanac {

namespace {

// A text on one line, quoted, cut short in the middle if it is long.
QString quoted(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString line = text.trimmed().replace(space, QStringLiteral(" "));
    constexpr qsizetype most = 60;
    if (line.size() > most)
        line = line.left(most / 2 - 1) + QStringLiteral(" … ") + line.right(most / 2 - 2);
    return u'"' + line + u'"';
}

QString itemName(const QString &part)
{
    if (part == QLatin1String("takeaways"))
        //: the kind of item in "ours changed the %1 %2, theirs deleted it"
        return CommandLine::tr("takeaway");
    if (part == QLatin1String("sections"))
        //: the kind of item in "ours changed the %1 %2, theirs deleted it"
        return CommandLine::tr("section");
    if (part == QLatin1String("timeline"))
        return CommandLine::tr("timeline entry");
    if (part == QLatin1String("faq"))
        return CommandLine::tr("FAQ entry");
    if (part == QLatin1String("sources"))
        //: the kind of item in "ours changed the %1 %2, theirs deleted it"
        return CommandLine::tr("source");
    //: the kind of item in "ours changed the %1 %2, theirs deleted it"
    return CommandLine::tr("item");
}

QString describe(const merge::Conflict &c)
{
    switch (c.kind) {
    case merge::Conflict::Kind::Text:
    case merge::Conflict::Kind::Value:
        if (c.base.isEmpty())
            return CommandLine::tr("both sides inserted different text here (ours: %1, theirs: %2)")
                .arg(quoted(c.ours), quoted(c.theirs));
        return CommandLine::tr("both sides changed %1 (ours: %2, theirs: %3)")
            .arg(quoted(c.base), quoted(c.ours), quoted(c.theirs));
    case merge::Conflict::Kind::EditDelete:
        //: %1: the kind of item (section, source...), %2: its title
        return CommandLine::tr("ours changed the %1 %2, theirs deleted it")
            .arg(itemName(c.part), quoted(c.label));
    case merge::Conflict::Kind::DeleteEdit:
        //: %1: the kind of item (section, source...), %2: its title
        return CommandLine::tr("ours deleted the %1 %2, theirs changed it")
            .arg(itemName(c.part), quoted(c.label));
    }
    return {};
}

} // namespace

int CommandLine::mergeGuides(const QStringList &args)
{
    if (args.size() != 3)
        return usageError(tr("merge takes three guide files: BASE OURS THEIRS"));
    QList<Guide> guides;
    for (const QString &path : args) {
        QString error;
        const std::optional<Guide> g = guidefile::readFile(path, &error);
        if (!g)
            return fail(error);
        guides.append(*g);
    }
    const merge::Result result = merge::merge(guides[0], guides[1], guides[2]);
    if (!writeOutput(guidefile::write(result.guide)))
        return BadInput;
    if (result.clean())
        return Ok;
    for (const merge::Conflict &c : result.conflicts)
        m_err << "almanac: " << c.path << ": " << describe(c) << "\n";
    const QString output = m_parser->value(QStringLiteral("output"));
    //: %1: the output file (or "the output"), %2: the THEIRS file
    m_err << "almanac: "
          << tr("%n conflict(s); %1 has theirs (%2) at each of them", nullptr,
                static_cast<int>(result.conflicts.size()))
                 .arg(output.isEmpty() || output == QLatin1String("-") ? tr("the output") : output, args[2])
          << "\n";
    return Problems;
}

} // namespace almanac
