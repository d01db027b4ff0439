#include "preview/sourceview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QEvent>
#include <QFontDatabase>

namespace almanac {

namespace {
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo; // loading definitions is slow: once per process
    return repo;
}
} // namespace

SourceView::SourceView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Guide file source"));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    m_highlighter->setDefinition(repository().definitionForName(QStringLiteral("JSON")));
    applyTheme();
}

bool SourceView::hasHighlighting() const
{
    return m_highlighter->definition().isValid();
}

void SourceView::setSource(const QByteArray &json)
{
    setPlainText(QString::fromUtf8(json));
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void SourceView::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                           : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
}

} // namespace almanac
