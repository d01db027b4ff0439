#include "commandline.h"

#include "guide/lint.h"
#include "io/boundedfile.h"
#include "io/guidefile.h"
#include "io/importer.h"
#include "render/pagerenderer.h"
#include "store/reviewstate.h"
#include "store/versionstore.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <cstdio>
#include <unistd.h>

namespace almanac {

namespace {

const char *const usageText =
    QT_TRANSLATE_NOOP("almanac::CommandLine", R"(Usage: almanac [-w WORKSPACE] COMMAND [ARGS]

Commands:
  init PATH                  create a workspace (PATH: a file, or a PostgreSQL connection
                             string such as postgresql://user@host/db for a team workspace)
  import FILE|FOLDER... [--base FILE | --replace] [--strict]
                             import guides: almanac-guide/1 JSON, Markdown with YAML or TOML
                             front matter (.md; a FOLDER such as a Hugo site's content/ for
                             every .md in it, a file that cannot be read skipped unless
                             --strict), or the text of a published page (.txt); a guide
                             already in the workspace is merged with the changes saved since
                             the revision its file was exported from (or since --base FILE);
                             conflicts: exit 1, nothing imported; --replace overwrites
  import FILE... --into SLUG [--strict]
                             merge CSL-JSON sources or a TimelineJS timeline into a draft;
                             an item that cannot be taken is an error with its file and
                             place, the rest come in (exit 1); --strict: all or nothing
  export SLUG [-o FILE] [--format json|markdown|csl]
                             the draft as canonical almanac-guide/1 JSON (default), as
                             Markdown with front matter, or its sources as CSL-JSON
  list                       slug, title, state and live version of every guide
  search QUERY [--limit N] [--prefix]
                             full-text search, best first
  lint [SLUG|FILE...]        findings with their place; exit 1 if any is an error
  render SLUG [-o FILE]      the page as HTML, as the preview shows it
  snapshot SLUG -m NOTE      make a version (v1, v2, ...) of the draft
  versions SLUG              the guide's versions with their states and history
  diff SLUG FROM [TO] [--format text|html|json] [--exit-code]
                             what changed; FROM and TO are vN or draft (TO: draft)
  review SLUG vN (--submit | --approve | --request-changes) [-m NOTE]
                             move a version through review
  publish SLUG vN [--yes]    lint, then make vN the live version (--yes accepts warnings)
  comment SLUG vN [--on PART] [--quote WORDS] -m TEXT
                             a review comment on a version, on its details (the default)
                             or an item: --on sections[0], takeaways[i], timeline[i],
                             faq[i], sources[i]; --quote anchors it to those words of the
                             item's text (the TL;DR for details); prints the comment's id
  comment SLUG --reply ID -m TEXT
                             answer a comment, in its thread
  comments SLUG [--resolve ID]
                             the guide's comments, one per line (id, version, part and
                             quoted words, who, when, open, resolved or the thread it
                             answers, text); --resolve marks a thread resolved
  bundle [SLUG...] -o OUT    export the live versions as a bundle: OUT.zip or a folder; all
                             guides with a live version when none is named
  verify BUNDLE              check a bundle (folder or .zip) against its manifest; exit 1 if
                             a file is missing, extra, altered or not a plain file
  check                      look for damage in the workspace (database, drafts, versions);
                             exit 1 if any is found
  backup PATH                write a consistent copy of the workspace to PATH, even while
                             other programs write to it; PATH must not exist
  team init URL              make a PostgreSQL database a team workspace: group roles,
                             tables owned by almanac_owner, workflow steps checked by the
                             server (run as the database owner, with CREATEROLE)
  team add-user NAME --role editor|reviewer|publisher|admin
  team users                 team members and their roles
  team remove-user NAME      take every Almanac role from NAME
  merge BASE OURS THEIRS [-o FILE]
                             three-way merge of almanac-guide/1 files: the merged guide as
                             canonical JSON; exit 1 if both sides changed something
                             differently (the conflicts on standard error; the output has
                             THEIRS at each)

Export takes --version vN for a version instead of the draft. --author NAME (or
$ALMANAC_AUTHOR, else $USER) says who made a version or review step.

The workspace is -w PATH, else $ALMANAC_WORKSPACE, else the default workspace.
Exit status: 0 success, 1 problems found, 2 bad usage or unreadable input.
)");

QString defaultWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QStringLiteral("/almanac-studio");
    return dir + QStringLiteral("/workspace.almanac");
}

} // namespace

CommandLine::CommandLine()
    : m_parser(std::make_unique<QCommandLineParser>()), m_out(&m_outDevice), m_err(&m_errDevice)
{
    m_parser->setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser->addOption({{QStringLiteral("w"), QStringLiteral("workspace")},
                         tr("The workspace file."),
                         QStringLiteral("PATH")});
    m_parser->addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE."), QStringLiteral("FILE")});
    m_parser->addOption({QStringLiteral("limit"), tr("At most N search results."), QStringLiteral("N"),
                         QStringLiteral("50")});
    m_parser->addOption({QStringLiteral("prefix"), tr("Match the last word as a prefix.")});
    m_parser->addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    m_parser->addOption(
        {QStringLiteral("version"), tr("A version of the guide (export)."), QStringLiteral("vN")});
    m_parser->addOption(
        {{QStringLiteral("m"), QStringLiteral("message")}, tr("A note."), QStringLiteral("NOTE")});
    m_parser->addOption({QStringLiteral("author"), tr("Who does this."), QStringLiteral("NAME")});
    m_parser->addOption({QStringLiteral("format"), tr("Diff output: text, html or json."),
                         QStringLiteral("FORMAT"), QStringLiteral("text")});
    m_parser->addOption({QStringLiteral("exit-code"), tr("Diff exits 1 when there are changes.")});
    m_parser->addOption({QStringLiteral("submit"), tr("Submit a version for review.")});
    m_parser->addOption({QStringLiteral("approve"), tr("Approve a version.")});
    m_parser->addOption({QStringLiteral("request-changes"), tr("Send a version back to draft.")});
    m_parser->addOption({QStringLiteral("yes"), tr("Publish despite lint warnings.")});
    m_parser->addOption({QStringLiteral("base"),
                         tr("Import: the guide file that the imported one was edited from."),
                         QStringLiteral("FILE")});
    m_parser->addOption(
        {QStringLiteral("replace"), tr("Import: overwrite the draft, whatever it holds now.")});
    m_parser->addOption(
        {QStringLiteral("strict"),
         tr("Import: all or nothing (an item or a file in a folder that cannot be taken refuses all).")});
    m_parser->addOption({QStringLiteral("into"), tr("Import sources or a timeline into this guide."),
                         QStringLiteral("SLUG")});
    m_parser->addOption({QStringLiteral("on"), tr("Comment: the part of the version, e.g. sections[0]."),
                         QStringLiteral("PART")});
    m_parser->addOption({QStringLiteral("quote"), tr("Comment: the words of the part's text it is about."),
                         QStringLiteral("WORDS")});
    m_parser->addOption(
        {QStringLiteral("reply"), tr("Comment: answer the comment ID."), QStringLiteral("ID")});
    m_parser->addOption(
        {QStringLiteral("resolve"), tr("Comments: resolve the comment ID."), QStringLiteral("ID")});
    m_parser->addOption(
        {QStringLiteral("role"), tr("Team: editor, reviewer, publisher or admin."), QStringLiteral("ROLE")});
}

CommandLine::~CommandLine() = default;

int CommandLine::usageError(const QString &message)
{
    m_err << "almanac: " << message << "\n" << tr("Run \"almanac --help\" for usage.") << "\n";
    m_err.flush();
    return BadInput;
}

int CommandLine::fail(const QString &message, int code)
{
    m_err << "almanac: " << message << "\n";
    m_err.flush();
    return code;
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.size() == 2 && arguments[1] == QLatin1String("--version")) {
        m_out << "almanac " << ALMANAC_VERSION << "\n";
        return Ok;
    }
    if (!m_parser->parse(arguments))
        return usageError(m_parser->errorText());
    if (m_parser->isSet(QStringLiteral("help"))) {
        m_out << tr(usageText);
        return Ok;
    }
    QStringList args = m_parser->positionalArguments();
    if (args.isEmpty())
        return usageError(tr("no command given"));
    const QString command = args.takeFirst();
    const bool writesFile = command == QLatin1String("export") || command == QLatin1String("render") ||
                            command == QLatin1String("bundle") || command == QLatin1String("merge");
    if (m_parser->isSet(QStringLiteral("output")) && !writesFile)
        return usageError(tr("-o goes with export and render, not %1").arg(command));
    if ((m_parser->isSet(QStringLiteral("limit")) || m_parser->isSet(QStringLiteral("prefix"))) &&
        command != QLatin1String("search"))
        return usageError(tr("--limit and --prefix go with search, not %1").arg(command));
    // Each option belongs to some commands only.
    const QList<std::pair<QString, QStringList>> optionCommands = {
        {QStringLiteral("version"), {QStringLiteral("export")}},
        {QStringLiteral("message"),
         {QStringLiteral("snapshot"), QStringLiteral("review"), QStringLiteral("comment")}},
        {QStringLiteral("author"),
         {QStringLiteral("snapshot"), QStringLiteral("review"), QStringLiteral("publish"),
          QStringLiteral("import"), QStringLiteral("comment"), QStringLiteral("comments")}},
        {QStringLiteral("on"), {QStringLiteral("comment")}},
        {QStringLiteral("quote"), {QStringLiteral("comment")}},
        {QStringLiteral("reply"), {QStringLiteral("comment")}},
        {QStringLiteral("resolve"), {QStringLiteral("comments")}},
        {QStringLiteral("format"), {QStringLiteral("diff"), QStringLiteral("export")}},
        {QStringLiteral("into"), {QStringLiteral("import")}},
        {QStringLiteral("base"), {QStringLiteral("import")}},
        {QStringLiteral("replace"), {QStringLiteral("import")}},
        {QStringLiteral("strict"), {QStringLiteral("import")}},
        {QStringLiteral("exit-code"), {QStringLiteral("diff")}},
        {QStringLiteral("submit"), {QStringLiteral("review")}},
        {QStringLiteral("approve"), {QStringLiteral("review")}},
        {QStringLiteral("request-changes"), {QStringLiteral("review")}},
        {QStringLiteral("yes"), {QStringLiteral("publish")}},
        {QStringLiteral("role"), {QStringLiteral("team")}},
    };
    for (const auto &[option, commands] : optionCommands) {
        if (m_parser->isSet(option) && !commands.contains(command))
            return usageError(tr("--%1 goes with %2, not %3").arg(option, commands.join(u'/'), command));
    }

    int code = BadInput;
    m_command = command;
    if (command == QLatin1String("init"))
        code = init(args);
    else if (command == QLatin1String("import"))
        code = importFiles(args);
    else if (command == QLatin1String("export"))
        code = exportGuide(args);
    else if (command == QLatin1String("list"))
        code = list(args);
    else if (command == QLatin1String("search"))
        code = search(args);
    else if (command == QLatin1String("lint"))
        code = lint(args);
    else if (command == QLatin1String("render"))
        code = render(args);
    else if (command == QLatin1String("snapshot"))
        code = snapshot(args);
    else if (command == QLatin1String("versions"))
        code = versions(args);
    else if (command == QLatin1String("diff"))
        code = diff(args);
    else if (command == QLatin1String("review"))
        code = review(args);
    else if (command == QLatin1String("publish"))
        code = publish(args);
    else if (command == QLatin1String("comment"))
        code = comment(args);
    else if (command == QLatin1String("comments"))
        code = comments(args);
    else if (command == QLatin1String("bundle"))
        code = bundle(args);
    else if (command == QLatin1String("verify"))
        code = verify(args);
    else if (command == QLatin1String("merge"))
        code = mergeGuides(args);
    else if (command == QLatin1String("check"))
        code = check(args);
    else if (command == QLatin1String("backup"))
        code = backup(args);
    else if (command == QLatin1String("team"))
        code = team(args);
    else
        return usageError(tr("unknown command \"%1\"").arg(command));
    m_out.flush();
    m_err.flush();
    return code;
}

bool CommandLine::openWorkspace()
{
    QString path = m_parser->value(QStringLiteral("workspace"));
    if (path.isEmpty())
        path = qEnvironmentVariable("ALMANAC_WORKSPACE");
    QString error;
    if (path.isEmpty()) {
        path = defaultWorkspacePath();
        if (!QFileInfo::exists(path)) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            m_workspace = Workspace::create(path, &error);
            if (m_workspace)
                m_err << "almanac: " << tr("made the default workspace %1").arg(path) << "\n";
        }
    }
    // SQLite would open a pipe or a device and wait on it: only files are workspaces.
    const auto type = boundedfile::typeOf(path, boundedfile::Links::Follow);
    if (!m_workspace && type != boundedfile::Type::Missing && type != boundedfile::Type::File &&
        type != boundedfile::Type::Folder) {
        fail(tr("%1: is %2, not an Almanac workspace").arg(path, boundedfile::typeName(type)));
        return false;
    }
    if (!m_workspace) {
        // check reads every page itself and says what is damaged; a backup
        // copies what there is.
        Workspace::Options options;
        if (m_command == QLatin1String("check") || m_command == QLatin1String("backup"))
            options.checkOnOpenUpTo = 0;
        m_workspace = Workspace::open(path, &error, options);
    }
    if (!m_workspace) {
        fail(error);
        return false;
    }
    return true;
}

bool CommandLine::writeOutput(const QByteArray &data)
{
    const QString path = m_parser->value(QStringLiteral("output"));
    if (path.isEmpty() || path == QLatin1String("-")) {
        m_out.flush();
        // On a terminal a person reads it: what guide text holds is shown, not obeyed.
        const QByteArray shown = isatty(fileno(stdout)) ? TerminalOutput::escaped(data) : data;
        return std::fwrite(shown.constData(), 1, static_cast<size_t>(shown.size()), stdout) ==
               static_cast<size_t>(shown.size());
    }
    // Write to a temporary name and rename at the end: never a half-written file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        fail(tr("%1: cannot write: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

int CommandLine::init(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("init takes one PATH"));
    QString error;
    auto ws = Workspace::create(args.first(), &error);
    if (!ws)
        return fail(error);
    m_out << tr("made workspace %1").arg(args.first()) << "\n";
    return Ok;
}

int CommandLine::exportGuide(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("export takes one SLUG"));
    if (!openWorkspace())
        return BadInput;
    std::optional<Guide> g;
    qint64 revision = 0;
    QString error;
    if (m_parser->isSet(QStringLiteral("version"))) {
        const int n = VersionStore::parseLabel(m_parser->value(QStringLiteral("version")));
        if (n == 0)
            return usageError(tr("--version takes vN, e.g. v2"));
        g = VersionStore(*m_workspace).content(args.first(), n, &error);
    } else if (auto d = m_workspace->draft(args.first())) {
        // The draft's file names its revision: importing it back merges with
        // whatever was saved meanwhile instead of overwriting it.
        g = std::move(d->guide);
        revision = d->revision;
    } else {
        error = tr("%1: no guide with the slug \"%2\"").arg(m_workspace->path(), args.first());
    }
    if (!g)
        return fail(error);
    QByteArray bytes;
    if (!exportBytes(*g, revision, &bytes))
        return BadInput;
    return writeOutput(bytes) ? Ok : BadInput;
}

int CommandLine::list(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("list takes no arguments"));
    if (!openWorkspace())
        return BadInput;
    VersionStore store(*m_workspace);
    const QHash<QString, ReviewState> stages = ReviewState::readAll(*m_workspace, nullptr);
    for (const GuideSummary &s : m_workspace->guides()) {
        // The state is the newest version's, or "draft" before the first one;
        // a version sent back is "changes-requested", not a plain draft.
        const QList<VersionInfo> versions = store.versions(s.slug, nullptr);
        QString live = QStringLiteral("-");
        for (const VersionInfo &v : versions) {
            if (v.live)
                live = v.label();
        }
        QString state = versions.isEmpty() ? QStringLiteral("draft") : versions.first().state;
        if (stages.value(s.id).stage == ReviewState::Stage::ChangesRequested)
            state = ReviewState::stageKey(ReviewState::Stage::ChangesRequested);
        if (s.status == QLatin1String("archived"))
            state += QStringLiteral(" (archived)");
        m_out << s.slug << '\t' << TerminalOutput::oneLine(s.title) << '\t' << state << '\t' << live << "\n";
    }
    return Ok;
}

int CommandLine::search(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("search takes a QUERY"));
    bool ok = false;
    const int limit = m_parser->value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return usageError(tr("--limit takes a whole number above 0"));
    if (!openWorkspace())
        return BadInput;
    QString error;
    const auto hits =
        m_workspace->search(args.join(u' '), limit, m_parser->isSet(QStringLiteral("prefix")), &error);
    if (!error.isEmpty())
        return fail(error);
    for (const SearchHit &h : hits)
        m_out << QString::number(-h.score, 'f', 2) << '\t' << h.slug << '\t'
              << TerminalOutput::oneLine(h.title) << "\n";
    return Ok;
}

int CommandLine::lint(const QStringList &args)
{
    if (!openWorkspace())
        return BadInput;
    const LintContext context = m_workspace->lintContext();
    QList<std::pair<QString, Guide>> targets; // label, guide
    if (args.isEmpty()) {
        for (const GuideSummary &s : m_workspace->guides()) {
            if (auto g = m_workspace->guideById(s.id))
                targets.append({g->slug, *g});
        }
    }
    for (const QString &arg : args) {
        if (auto g = m_workspace->guide(arg)) {
            targets.append({arg, *g});
        } else if (QFileInfo(arg).isFile()) {
            QString error;
            auto fromFile = guidefile::readFile(arg, &error);
            if (!fromFile)
                return fail(error);
            targets.append({arg, *fromFile});
        } else {
            return fail(
                tr("%1: no guide with the slug \"%2\" and no such file").arg(m_workspace->path(), arg));
        }
    }
    int errors = 0;
    int warnings = 0;
    for (const auto &[label, g] : targets) {
        for (const Finding &f : almanac::lint(g, context)) {
            m_out << label << ": " << f.place << ": " << f.severityName() << ": " << f.message << " ["
                  << f.code << "]\n";
            (f.severity == Finding::Severity::Error ? errors : warnings)++;
        }
    }
    //: %1 is "N error(s)", %2 is "N warning(s)"
    m_err << tr("%n guide(s) checked: %1, %2", nullptr, static_cast<int>(targets.size()))
                 .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings))
          << "\n";
    return errors ? Problems : Ok;
}

int CommandLine::render(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("render takes one SLUG"));
    if (!openWorkspace())
        return BadInput;
    const auto g = m_workspace->guide(args.first());
    if (!g)
        return fail(tr("%1: no guide with the slug \"%2\"").arg(m_workspace->path(), args.first()));
    RenderContext context;
    context.now = QDateTime::currentDateTimeUtc();
    context.guideTitles = m_workspace->titlesBySlug();
    return writeOutput(PageRenderer().render(*g, context)) ? Ok : BadInput;
}

} // namespace almanac
