#pragma once

#include <QWebEngineView>

class QWebEngineProfile;

namespace almanac {

class PreviewPage;
class PreviewRequestGuard;
class PreviewSchemeHandler;

// A web view for pages the workstation renders from a guide's content (the
// preview, the rendered diff): a private off-the-record profile, a guard that
// lets only the view's own page load, no script in the content, links to the
// web opened in the system browser and links to other guides handed to the
// window. Nothing a guide holds can make the view navigate or reach the network.
class GuardedView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit GuardedView(QWidget *parent = nullptr);
    ~GuardedView() override;

    // Loads the page as almanac-preview:/guides/SLUG/index.html, so that
    // in-page links work and any size loads (setHtml stops at 2 MB).
    void loadPage(const QString &slug, const QByteArray &html);
    // Forgets the page: an empty view.
    void clearPage();
    int blockedRequests() const;
    PreviewPage *previewPage() const { return m_page; }

Q_SIGNALS:
    void guideLinkActivated(const QString &slug);

protected:
    // The page served at the view's address, without loading it.
    void setServedPage(const QString &slug, const QByteArray &html);
    static QUrl pageUrl(const QString &slug);

private:
    QWebEngineProfile *m_profile = nullptr;
    PreviewSchemeHandler *m_handler = nullptr;
    PreviewRequestGuard *m_guard = nullptr;
    PreviewPage *m_page = nullptr;
};

} // namespace almanac
