#include "bundlewriter.h"

#include "bundlemanifest.h"
#include "bundlesink.h"
#include "io/csljson.h"
#include "io/guidefile.h"
#include "messages.h"
#include "render/markdown.h"
#include "render/pagerenderer.h"
#include "render/template.h"
#include "store/versionstore.h"
#include "store/workspace.h"
#include "timelineexport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QScopeGuard>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <deque>

namespace almanac {

namespace {

QByteArray resource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing built-in resource %s", qPrintable(path));
    return f.readAll();
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

std::string s(const QString &text)
{
    return text.toStdString();
}

} // namespace

BundleWriter::BundleWriter(Workspace &workspace) : m_workspace(workspace) {}

QString BundleWriter::generator()
{
    return QStringLiteral("Almanac Studio " ALMANAC_VERSION);
}

QStringList BundleWriter::liveGuides() const
{
    QStringList out;
    VersionStore store(m_workspace);
    for (const GuideSummary &g : m_workspace.guides()) {
        const QList<VersionInfo> versions = store.versions(g.slug, nullptr);
        if (std::any_of(versions.cbegin(), versions.cend(), [](const VersionInfo &v) { return v.live; }))
            out << g.slug;
    }
    out.sort();
    return out;
}

bool BundleWriter::load(const QString &slug, Entry *entry, QString *error) const
{
    VersionStore store(m_workspace);
    if (!m_workspace.guide(slug)) {
        *error = PublishText::tr("%1: no guide with the slug \"%2\"").arg(m_workspace.path(), slug);
        return false;
    }
    const QList<VersionInfo> versions = store.versions(slug, error);
    const auto live =
        std::find_if(versions.cbegin(), versions.cend(), [](const VersionInfo &v) { return v.live; });
    if (live == versions.cend()) {
        *error =
            PublishText::tr("%1: %2 has no live version: publish one first").arg(m_workspace.path(), slug);
        return false;
    }
    auto content = store.content(slug, live->number, error);
    if (!content)
        return false;
    // The time each version was (last) published; history is oldest first.
    QHash<int, QDateTime> publishedAt;
    for (const VersionEvent &e : store.history(slug, nullptr)) {
        if (e.action == QLatin1String("publish"))
            publishedAt.insert(e.number, e.at);
    }
    entry->guide = std::move(*content);
    entry->version = live->number;
    entry->sha256 = live->sha256;
    entry->published = publishedAt.value(live->number, live->created).toUTC();
    for (const VersionInfo &v : versions) {
        if (v.number <= live->number && publishedAt.contains(v.number))
            entry->publishedVersions.append({v.number, publishedAt.value(v.number).toUTC()});
    }
    std::sort(entry->publishedVersions.begin(), entry->publishedVersions.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    return true;
}

BundleWriter::Result BundleWriter::write(const QStringList &requested, const QString &target)
{
    Result result;
    QStringList slugs = requested.isEmpty() ? liveGuides() : requested;
    slugs.removeDuplicates();
    // Sorted as their folders sort ("a-b/" before "a/"), so zip entries come in path order.
    std::sort(slugs.begin(), slugs.end(),
              [](const QString &a, const QString &b) { return a + u'/' < b + u'/'; });

    QList<Entry> entries;
    entries.reserve(slugs.size());
    for (const QString &slug : std::as_const(slugs)) {
        Entry e;
        if (!load(slug, &e, &result.error)) {
            result.status = Status::BadInput;
            return result;
        }
        entries << std::move(e);
    }

    QDateTime newest;
    QHash<QString, QString> titles;
    for (const Entry &e : std::as_const(entries)) {
        titles.insert(e.guide.slug, e.guide.title);
        if (!newest.isValid() || e.published > newest)
            newest = e.published;
    }

    auto sink = BundleSink::create(target, newest, &result.error);
    if (!sink)
        return result;

    const int total = 3 + 4 * static_cast<int>(entries.size()); // + css, index, manifest
    BundleManifest manifest;
    manifest.generator = generator();
    auto add = [&](BundleSink::File file) {
        if (m_cancel && m_cancel->load()) {
            result.status = Status::Cancelled;
            result.error = PublishText::tr("%1: export cancelled; nothing was written").arg(target);
            return false;
        }
        if (!sink->add(file, &result.error))
            return false;
        if (file.path != BundleManifest::fileName)
            manifest.files.append({file.path, sha256Hex(file.data), file.data.size()});
        ++result.files;
        if (m_progress)
            m_progress(result.files, total);
        return true;
    };

    const PageRenderer renderer; // also makes the core resources available
    const QByteArray css = resource(QStringLiteral(":/almanac/css/guide.css"));
    if (!add({QStringLiteral("assets/almanac.css"), css}))
        return result;

    // Each guide's four files are made on every core, and added as they come,
    // in order: at most a few guides ahead, so memory stays bounded.
    const BundleSink &preparer = *sink;
    const QString generatorName = generator();
    auto make = [&preparer, &titles, &generatorName](const Entry &e) {
        thread_local PageRenderer pages;
        const QString dir = QStringLiteral("guides/") + e.guide.slug + u'/';
        RenderContext context;
        // No "now": a static page shows absolute dates, in <time datetime>, so
        // that nothing on it depends on when it was made or is read.
        context.now = QDateTime();
        context.onlyKnownRelated = true;
        context.guideTitles = titles;
        context.relatedLink = QStringLiteral("../%1/index.html");
        context.generator = generatorName;
        for (const auto &[number, at] : e.publishedVersions)
            context.versions.append({QStringLiteral("v%1").arg(number), at, number == e.version});
        QList<BundleSink::File> files{
            {dir + QStringLiteral("guide.json"), guidefile::write(e.guide)},
            {dir + QStringLiteral("index.html"), pages.render(e.guide, context)},
            {dir + QStringLiteral("sources.json"), csljson::write(e.guide)},
            {dir + QStringLiteral("timeline.json"), publish::timelineJson(e.guide)}};
        for (BundleSink::File &f : files)
            preparer.prepare(f);
        return files;
    };
    std::deque<QFuture<QList<BundleSink::File>>> making;
    // Whatever happens, nothing still running refers to entries when they go.
    const auto waitForAll = qScopeGuard([&making] {
        for (auto &f : making)
            f.waitForFinished();
    });
    const qsizetype ahead = std::max(4, 2 * QThread::idealThreadCount());
    qsizetype next = 0;
    for (const Entry &e : std::as_const(entries)) {
        while (next < entries.size() && qsizetype(making.size()) < ahead)
            making.push_back(QtConcurrent::run(make, std::cref(entries[next++])));
        const QList<BundleSink::File> files = making.front().result();
        making.pop_front();
        for (const BundleSink::File &f : files) {
            if (!add(f))
                return result;
        }
        manifest.guides.append({e.guide.slug, e.version, e.sha256, e.published});
    }

    // The index lists guides by title.
    QList<const Entry *> byTitle;
    for (const Entry &e : std::as_const(entries))
        byTitle << &e;
    std::sort(byTitle.begin(), byTitle.end(), [](const Entry *a, const Entry *b) {
        const int c = a->guide.title.compare(b->guide.title, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a->guide.slug < b->guide.slug;
    });
    TemplateList list;
    for (const Entry *e : std::as_const(byTitle)) {
        const Guide &g = e->guide;
        TemplateData d;
        d.set("slug", s(g.slug));
        d.set("href", s(QStringLiteral("guides/%1/index.html").arg(g.slug)));
        d.set("title", s(g.title.isEmpty() ? QStringLiteral("Untitled guide") : g.title));
        if (!g.subject.isEmpty())
            d.set("subject", s(g.subject));
        d.set("kind", s(g.kind));
        d.set("level", s(g.level));
        d.set("description", s(MarkdownRenderer::toPlainText(g.tldr)));
        d.set("version", s(QStringLiteral("v%1").arg(e->version)));
        d.set("published_iso", s(e->published.toString(Qt::ISODate)));
        d.set("published_display",
              s(QLocale::c().toString(e->published.date(), QStringLiteral("d MMM yyyy"))));
        list.push_back(std::move(d));
    }
    TemplateData index;
    index.set("generator", s(generator()));
    index.set("title", "Almanac guides");
    index.set("css", css.toStdString());
    index.set("guide_count", std::to_string(entries.size()));
    index.set("has_guides", !entries.isEmpty());
    index.set("guides", std::move(list));
    const Template indexTemplate(resource(QStringLiteral(":/almanac/templates/index.html")).toStdString());
    if (!indexTemplate.isValid())
        qFatal("index template: %s", indexTemplate.errorMessage().c_str());
    const std::string indexHtml = indexTemplate.render(index);
    if (!add({QStringLiteral("index.html"),
              QByteArray(indexHtml.data(), static_cast<qsizetype>(indexHtml.size()))}))
        return result;

    std::sort(manifest.files.begin(), manifest.files.end(),
              [](const BundleManifest::File &a, const BundleManifest::File &b) { return a.path < b.path; });
    if (!add({BundleManifest::fileName, manifest.toJson()}))
        return result;
    if (m_cancel && m_cancel->load()) {
        result.status = Status::Cancelled;
        result.error = PublishText::tr("%1: export cancelled; nothing was written").arg(target);
        return result;
    }
    if (!sink->commit(&result.error))
        return result;
    result.status = Status::Written;
    result.guides = static_cast<int>(entries.size());
    return result;
}

} // namespace almanac
