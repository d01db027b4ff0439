#pragma once

#include "guide/guide.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <string>

namespace almanac {

// What the page shows besides the guide itself.
struct RenderContext
{
    struct Version
    {
        QString label; // "v3"
        QDateTime time;
        bool live = false;
    };

    QDateTime now;                                            // for "3d ago"; invalid shows dates only
    QHash<QString, QString> guideTitles;                      // slug -> title, for related guides
    QString relatedLink = QStringLiteral("../%1/index.html"); // %1 is the slug
    QList<Version> versions;                                  // newest first
    QString generator = QStringLiteral("Almanac Studio");
    // A published page links only where it can: related guides that are not
    // in guideTitles are left out, never shown as broken (the preview shows
    // them, so that the editor sees the problem).
    bool onlyKnownRelated = false;
};

// Renders a guide to one complete HTML page through the page template in
// resources/templates and the Markdown renderer. The preview and the exported
// page both come from here. The page loads nothing from the network and its
// Content-Security-Policy allows no script at all.
class PageRenderer
{
public:
    PageRenderer();
    ~PageRenderer();
    PageRenderer(const PageRenderer &) = delete;
    PageRenderer &operator=(const PageRenderer &) = delete;

    QByteArray render(const Guide &guide, const RenderContext &context) const;

    // Keeps each Markdown field's HTML from one render to the next, so that a
    // render after a keystroke runs cmark on the field that changed alone (the
    // pages are the same bytes). Only for a renderer that one thread uses at a
    // time, as the preview's; it holds one page's fields.
    void setRemembersFields(bool on);

    // A string as the page's JSON-LD holds it: QJsonDocument::Compact's bytes
    // with '<', '>' and '&' written as \u003c, \u003e and \u0026. For tests.
    static std::string jsonStringForScript(const QString &text);

    // "just now", "5m ago", "3h ago", "5d ago", "2mo ago", "1y ago".
    static QString ago(const QDateTime &then, const QDateTime &now);

private:
    struct Templates;
    struct FieldCache;
    std::unique_ptr<Templates> m_templates;
    std::unique_ptr<FieldCache> m_fields;
};

} // namespace almanac
