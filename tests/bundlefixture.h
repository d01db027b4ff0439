#pragma once

// Shared by the bundle tests: a workspace whose guides each have a published
// version, and a guide whose every text field is hostile HTML and script.

#include "io/guidefile.h"
#include "publish/bundlewriter.h"
#include "store/versionstore.h"
#include "store/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QString>

namespace almanac::testing {

inline Guide demoGuide(const QString &name)
{
    QString error;
    auto g = guidefile::readFile(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/") + name, &error);
    if (!g)
        qFatal("%s", qPrintable(error));
    return *g;
}

inline QList<Guide> demoGuides()
{
    return {demoGuide(QStringLiteral("crispr.json")), demoGuide(QStringLiteral("euro-banknotes.json")),
            demoGuide(QStringLiteral("webassembly.json"))};
}

// Snapshot, submit, approve and publish the draft; returns the version number or 0.
inline int publishDraft(VersionStore &store, const QString &slug, QString *error)
{
    const auto v = store.snapshot(slug, QStringLiteral("ed"), QStringLiteral("for the bundle"), error);
    if (!v)
        return 0;
    using A = VersionStore::Action;
    for (A a : {A::Submit, A::Approve, A::Publish}) {
        if (!store.apply(slug, v->number, a, QStringLiteral("pub"), QString(), error))
            return 0;
    }
    return v->number;
}

// Every kind of markup and script a guide's text could carry.
inline QString hostile(const QString &where)
{
    return QStringLiteral(
               "%1 <script>document.body.setAttribute('data-pwned','%1');document.title='pwned'</script>"
               "</script><script>alert(1)</script><img src=x onerror=\"document.body.setAttribute('data-"
               "pwned','img')\"><svg onload=alert(1)></svg><iframe src=\"javascript:alert(1)\"></iframe>"
               "<a href=\"javascript:alert(1)\" id=\"injected\">click</a> [md link](javascript:alert(1)) "
               "<style>body{display:none}</style><meta http-equiv=\"refresh\" content=\"0;url=https://evil."
               "example/\"> &lt;b&gt; \"quotes' ]]> --> {{title}}")
        .arg(where);
}

inline Guide hostileGuide()
{
    Guide g = demoGuide(QStringLiteral("webassembly.json"));
    g.id = guide::newId();
    g.slug = QStringLiteral("hostile");
    g.title = hostile(QStringLiteral("title"));
    g.subject = hostile(QStringLiteral("subject"));
    g.kind = hostile(QStringLiteral("kind"));
    g.tldr = hostile(QStringLiteral("tldr"));
    for (Takeaway &t : g.takeaways)
        t.text = hostile(QStringLiteral("takeaway"));
    for (Section &s : g.sections) {
        s.heading = hostile(QStringLiteral("heading"));
        s.body =
            hostile(QStringLiteral("body")) + QStringLiteral("\n\n<div onclick=alert(1)>raw block</div>\n");
    }
    for (TimelineEntry &e : g.timeline) {
        e.title = hostile(QStringLiteral("event"));
        e.description = hostile(QStringLiteral("description"));
    }
    for (QString &t : g.topics)
        t = hostile(QStringLiteral("topic"));
    for (FaqEntry &f : g.faq) {
        f.question = hostile(QStringLiteral("question"));
        f.answer = hostile(QStringLiteral("answer"));
    }
    // Related guides are slugs (the guide file refuses anything else), and a guide whose related
    // guides are missing cannot be submitted: two of the demo guides.
    g.related = QStringList{QStringLiteral("webassembly"), QStringLiteral("euro-introduction")};
    for (Source &s : g.sources) {
        s.outlet = hostile(QStringLiteral("outlet"));
        s.title = hostile(QStringLiteral("source"));
        s.summary = hostile(QStringLiteral("summary"));
        // The guide file takes only http(s) URLs; this one tries to break out of the href.
        s.url = QStringLiteral("https://evil.example/?q='onmouseover='alert(1)'&u=javascript:alert(1)");
    }
    return g;
}

// path -> bytes of every file under root.
inline QMap<QString, QByteArray> folderFiles(const QString &root)
{
    QMap<QString, QByteArray> out;
    const QDir dir(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            out.insert(dir.relativeFilePath(f.fileName()), f.readAll());
    }
    return out;
}

// A published site in folder/site from a workspace in folder: the given
// guides, each published; the bundle's pages (index first) in *pages.
inline QString writeSite(const QString &folder, const QList<Guide> &guides, QStringList *pages,
                         QString *error)
{
    auto ws = Workspace::create(folder + QStringLiteral("/ws.almanac"), error);
    if (!ws || !ws->saveGuides(guides, error))
        return {};
    VersionStore store(*ws);
    for (const Guide &g : guides) {
        if (publishDraft(store, g.slug, error) != 1)
            return {};
    }
    const QString site = folder + QStringLiteral("/site");
    const auto r = BundleWriter(*ws).write({}, site);
    if (r.status != BundleWriter::Status::Written) {
        *error = r.error;
        return {};
    }
    *pages = {QStringLiteral("index.html")};
    for (const Guide &g : guides)
        *pages << QStringLiteral("guides/%1/index.html").arg(g.slug);
    return site;
}

// The demo guides, and guides in Arabic and Hebrew with English words inside their sentences.
inline QList<Guide> demoAndRightToLeftGuides()
{
    QList<Guide> guides = demoGuides();
    for (const char *name : {"rtl-arabic.json", "rtl-hebrew.json"}) {
        QString error;
        auto g =
            guidefile::readFile(QStringLiteral(ALMANAC_TEST_DATA "/guides/") + QLatin1String(name), &error);
        if (!g)
            qFatal("%s", qPrintable(error));
        guides << *g;
    }
    return guides;
}

} // namespace almanac::testing
